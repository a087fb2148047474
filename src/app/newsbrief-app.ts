import type { Analysis, AnswerResult, ArticleMeta } from '../core/analysis-types';
import type { FeedUrlPolicy } from '../ingest/check-feed-url';
import type { AddArticleResult, ArticleHit, NewArticle, StoredArticle } from '../store/article-repository';
import type { Store } from '../store/store';
import type { EngineAnalysis } from './analysis-engine';

export interface BriefFound {
  kind: 'found';
  article: StoredArticle;
  analysis: Analysis;
  /** Engine label for the footer. */
  engine: string;
  /** Other stored articles that matched the query, best first. */
  others: ArticleHit[];
}

export interface BriefNotFound {
  kind: 'none';
  query: string;
  suggestions: ArticleHit[];
}

export interface ThreadAnswer {
  article: StoredArticle;
  analysis: Analysis;
  result: AnswerResult;
}

export interface AddOutcome {
  ok: boolean;
  /** One line per input item, for the user: "Added: <title>", "Already stored: …", "Skipped x.bin: …". */
  message: string;
  articleIds: number[];
}

/** The use cases every platform calls (through commands/). */
export interface NewsbriefApp {
  readonly store: Store;
  readonly now: () => Date;
  /** Zone for schedule commands that name none (NEWSBRIEF_TZ, else UTC). */
  readonly defaultTimezone: string;
  /** What `/brief feed add` may follow (NEWSBRIEF_FETCH_ALLOW_PRIVATE); public addresses only when unset. */
  readonly feedUrlPolicy?: FeedUrlPolicy;
  briefStory(query: string): Promise<BriefFound | BriefNotFound>;
  analyzeStored(article: StoredArticle): Promise<{ analysis: Analysis; engine: string }>;
  /** Stores an article once (dedupe by content and URL) and analyses it so search knows its entities. */
  ingest(article: NewArticle): Promise<AddArticleResult>;
  /** The analysis used when storing (always extractive: indexing never costs a model call). */
  analyzeForIngest(text: string, meta?: ArticleMeta): Promise<EngineAnalysis>;
  answerAbout(articleId: number, question: string): Promise<ThreadAnswer | undefined>;
  /** `/brief add`: a URL (fetched) or pasted article text. */
  addArticle(input: string, addedBy: string): Promise<AddOutcome>;
}
