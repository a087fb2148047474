import type { Analysis, AnswerResult, OpenQuestion } from '../core/analysis-types';
import type { WhoIsWho } from '../core/who-is-who';
import type { FeedUrlPolicy } from '../ingest/check-feed-url';
import type { AddArticleResult, ArticleHit, NewArticle, StoredArticle } from '../store/article-repository';
import type { Schedule } from '../store/schedule-repository';
import type { ConversationUseCases } from './conversation-use-cases';
import type { FeedUseCases } from './feed-use-cases';
import type { Reply } from './reply';
import type { ScheduleUseCases } from './schedule-use-cases';

export interface BriefFound {
  kind: 'found';
  article: StoredArticle;
  analysis: Analysis;
  /** Engine label for the footer. */
  engine: string;
  /** Other stored articles that matched the query, best first. */
  others: ArticleHit[];
  /** Keys (questionKey) of the open questions someone marked resolved. */
  resolvedQuestions: string[];
  /** Who is who: stored beside the analysis, or made (off the bot's main thread: NewsbriefAppOptions.whoIsWho). */
  who: WhoIsWho;
}

/**
 * A story offered for a query. `idOnly`: offered because the query opens with its "#N", which the
 * words' search did not find ("#1 zzqx"), so it is no evidence the words matched anything.
 */
export interface StorySuggestion extends ArticleHit {
  idOnly?: boolean;
}

export interface BriefNotFound {
  kind: 'none';
  query: string;
  suggestions: StorySuggestion[];
  /** Nothing is stored at all: the reply says so instead of pointing at an empty list. */
  noneStored: boolean;
}

export interface ThreadAnswer {
  article: StoredArticle;
  analysis: Analysis;
  result: AnswerResult;
}

export interface AddOutcome {
  ok: boolean;
  /** One line per input item, for the user: "Added: <title>", "Already stored as #N: …", "Skipped x.bin: …". */
  message: string;
  articleIds: number[];
  /** What the store did with the article, for callers that word their own report (the CLI). */
  stored?: { outcome: 'created' | 'updated' | 'unchanged'; title: string; refreshed?: boolean };
  /** Why it failed, without the link (which `message` names, credentials removed). */
  reason?: string;
  /** The article was fine and the store failed: unreachable for now, or its database file damaged. */
  store?: 'unavailable' | 'damaged';
  /** Stored, with a caution for the user (copy that looks like it is not English). */
  warning?: string;
}

type ResolveOutcome =
  | { kind: 'resolved' | 'already'; article: StoredArticle; n: number; question: string }
  | { kind: 'no-such-question'; article: StoredArticle; count: number };

/**
 * A post the scheduler owes: which schedule, which slot, whether late, news since when. The one shape both builders
 * read (a digest only its first four fields: build-digest-reply.ts).
 */
export interface ScheduledPostInput {
  schedule: Schedule;
  /** The slot being posted (epoch ms). */
  slot: number;
  late: boolean;
  /** Nobody tried the slot near its time (newsbrief was down): its late note says newsbrief was offline. */
  offline?: boolean;
  /** News since this instant (ISO) counts as new: the last delivered slot, else when the follow began. */
  since: string;
  /**
   * Back after more than a week, a follow-up's window is cut to 7 days: its last post (ISO), from which the stories
   * before `since` are counted, not weighed.
   */
  countedFrom?: string;
}

/** A stored story's analysis by the configured engine, and who made it. */
export interface StoredAnalysis {
  analysis: Analysis;
  engine: string;
  /** The story's new title, when this analysis was redone (after an upgrade) and retitled it. */
  title?: string;
}

/**
 * The use cases every platform, command and the scheduler call. The store stays behind them:
 * nothing outside src/app (and the composition root) reaches a repository.
 */
export interface NewsbriefApp {
  readonly now: () => Date;
  /** Zone for schedule commands that name none (NEWSBRIEF_TZ, else UTC). */
  readonly defaultTimezone: string;
  /** What `/brief feed add` may follow (NEWSBRIEF_FETCH_ALLOW_PRIVATE); public addresses only when unset. */
  readonly feedUrlPolicy?: FeedUrlPolicy;
  briefStory(query: string): Promise<BriefFound | BriefNotFound>;
  analyzeStored(article: StoredArticle): Promise<StoredAnalysis>;
  /**
   * A story's open questions numbered as its brief numbers them, and the keys of those resolved:
   * what `/brief resolve <story>` lists, without a brief's search and who is who.
   */
  storyQuestions(article: StoredArticle): Promise<{ questions: OpenQuestion[]; resolvedQuestions: string[] }>;
  /** A story's who is who as its brief has it (the same remembered list), without the rest of a brief. */
  storyWhoIsWho(article: StoredArticle): Promise<WhoIsWho>;
  /** A story named by "#12" or by words from it (best search hit). */
  findStory(query: string): Promise<StoredArticle | undefined>;
  /** A story named by "#12" or by words that all occur in its title (for commands that change it). */
  findStoryByTitle(query: string): Promise<StoredArticle | undefined>;
  /** A stored story's title alone (schedule listings name stories without reading their text). */
  storyTitle(id: number): Promise<string | undefined>;
  /** Stories most recently added, newest first, skipping the `offset` newest (a later page). */
  recentStories(limit: number, offset?: number): Promise<ArticleHit[]>;
  /** Titles for a partly typed query (autocomplete): recent stories when it is empty. */
  suggestStories(partial: string, limit: number): Promise<StorySuggestion[]>;
  /** Whether any stored story contains this word (a typo check before reading it as a query). */
  mentionsWord(word: string): Promise<boolean>;
  storyCount(): Promise<number>;
  /** Stores an article once (dedupe by content and URL), analysed, in one transaction. */
  ingest(article: NewArticle): Promise<AddArticleResult>;
  answerAbout(articleId: number, question: string): Promise<ThreadAnswer | undefined>;
  /**
   * `/brief add`: a URL (fetched) or pasted article text. `logFailure: false` when the caller
   * reports a failed link itself; other warnings are logged as usual.
   */
  addArticle(input: string, addedBy: string, options?: { logFailure?: boolean }): Promise<AddOutcome>;
  /** Fetches and stores the article at a link, then briefs it (Slack's "Brief this article"). */
  briefLink(url: string, addedBy: string): Promise<BriefFound | { kind: 'failed'; message: string }>;
  /** Marks open question n (as numbered in the brief) of a story answered. */
  resolveQuestion(article: StoredArticle, n: number, by: string): Promise<ResolveOutcome>;
  /** The follow-up or digest a schedule posts for a slot. */
  buildScheduledPost(input: ScheduledPostInput): Promise<Reply>;
  readonly schedules: ScheduleUseCases;
  readonly feeds: FeedUseCases;
  readonly conversations: ConversationUseCases;
}
