import type { Logger } from 'pino';
import type { Analysis } from '../core/analysis-types';
import { asksPersonRole } from '../core/asked-person';
import type { WhoIsWho } from '../core/who-is-who';
import type { FeedUrlPolicy } from '../ingest/check-feed-url';
import type { FeedProbe } from '../ingest/probe-feed';
import type { ArticleHit, NewArticle, StoredArticle } from '../store/article-repository';
import type { AsyncStore } from '../store/async/async-store';
import type { AnalysisEngine } from './analysis-engine';
import { createArticleIndexMemo } from './article-index-memo';
import { authorshipAnswer } from './authorship-answer';
import { createBriefWhoIsWho } from './brief-who-is-who';
import { buildDigestReply, type PostBuilderDeps } from './build-digest-reply';
import { buildFollowUpReply } from './build-follow-up-reply';
import { createConversationUseCases } from './conversation-use-cases';
import { createExtractiveEngine } from './extractive-engine';
import { createFeedUseCases } from './feed-use-cases';
import { createIngestUseCases } from './ingest-use-cases';
import type { NewsbriefApp } from './newsbrief-app';
import { questionKey } from './question-key';
import { createScheduleUseCases } from './schedule-use-cases';
import { createStoryFinder } from './story-finder';
import { storyIdIn } from './story-id-in';
import { vagueQuery } from './vague-query';

export interface NewsbriefAppOptions {
  store: AsyncStore;
  logger: Logger;
  /** Writes briefs and answers; the extractive engine when omitted. */
  engine?: AnalysisEngine;
  /**
   * Analyses articles as they are stored (entities for search, the cached analysis). Always
   * extractive: indexing a feed must not cost a model call per item. The bot passes the
   * worker-pool engine, so ingest never blocks chat; a new extractive engine otherwise.
   */
  ingestEngine?: AnalysisEngine;
  now?: () => Date;
  /** Fetches and extracts an article from a URL; without it `/brief add <url>` explains why not. */
  fetchArticle?: (url: string) => Promise<NewArticle>;
  /** Zone used when a schedule command names none (NEWSBRIEF_TZ). */
  defaultTimezone?: string;
  /** NEWSBRIEF_FETCH_ALLOW_PRIVATE for feeds added in chat. */
  feedUrlPolicy?: FeedUrlPolicy;
  /** Reads a feed once when `/brief feed add` names it, so a dead link or a web page is refused then. */
  probeFeed?: FeedProbe;
  /** Makes a brief's who is who off this thread (the bot's worker pool); in this thread when omitted. */
  whoIsWho?: (analysis: Analysis) => Promise<WhoIsWho>;
}

/** The use cases behind every command, wired to a store and an analysis engine. */
export function createNewsbriefApp(options: NewsbriefAppOptions): NewsbriefApp {
  const { store, logger } = options;
  const ingestEngine = options.ingestEngine ?? createExtractiveEngine();
  const engine = options.engine ?? ingestEngine;
  const now = options.now ?? (() => new Date());
  const stories = createStoryFinder(store.articles);
  const briefWho = createBriefWhoIsWho({
    make: options.whoIsWho,
    stored: { articles: store.articles, engineKey: engine.key },
    logger,
  });

  const { analyzeStored, ingest } = createIngestUseCases(store, engine, ingestEngine);
  const withArticleIndex = createArticleIndexMemo();

  async function answerAbout(articleId: number, question: string) {
    const article = await store.articles.get(articleId);
    if (!article) return undefined;
    const { analysis, engine: label } = await analyzeStored(article);
    // "Who is <Name>?" and "what is <Name>'s job?" read the story's who-is-who: the one remembered for its brief,
    // not made again per question.
    const who = asksPersonRole(question) ? await briefWho(article, label, analysis) : undefined;
    // The analysis is read back from the store per question: the answer index made for the last one is reused.
    const answer = () => engine.answer(analysis, question, article.text, who);
    const result =
      authorshipAnswer(question, article) ?? (await withArticleIndex(article, [engine.key, label], analysis, answer));
    return { article, analysis, result };
  }

  async function briefArticle(article: StoredArticle, others: ArticleHit[]) {
    const { analysis, engine: label, title } = await analyzeStored(article);
    return {
      kind: 'found' as const,
      article: title ? { ...article, title } : article,
      analysis,
      engine: label,
      others,
      resolvedQuestions: await store.schedules.resolvedQuestions(article.id),
      who: await briefWho(article, label, analysis),
    };
  }

  const builderDeps: PostBuilderDeps = { store, analyzeStored, answerAbout };

  const app: NewsbriefApp = {
    now,
    defaultTimezone: options.defaultTimezone ?? 'UTC',
    feedUrlPolicy: options.feedUrlPolicy,
    analyzeStored,
    ingest,
    answerAbout,
    ...stories,
    storyCount: () => store.articles.count(),

    async storyQuestions(article) {
      const { analysis } = await analyzeStored(article);
      return { questions: analysis.questions, resolvedQuestions: await store.schedules.resolvedQuestions(article.id) };
    },

    async storyWhoIsWho(article) {
      // Keyed as a brief keys it (story, text, engine label), so a brief and a thread share one list.
      const { analysis, engine: label } = await analyzeStored(article);
      return briefWho(article, label, analysis);
    },

    async briefStory(rawQuery) {
      // The finder every command uses: "12" and "#12" name story 12, "#1 extra" searches nothing
      // (the not-found reply offers story #1 by its id), words are the store's search.
      const trimmed = rawQuery.trim();
      // Only function words ("the") name no story: asked "Which story?", as for no words at all.
      if (vagueQuery(trimmed)) return { kind: 'none', query: '', suggestions: [], noneStored: false };
      const { article, hits } = await stories.findStories(trimmed, 6, { yearAsWords: true });
      if (!article) {
        // A number is named back as an id. Titles "close to" it would be noise, but a bare number
        // may be a word too ("15 January"): the stories holding it are listed, by id. Words get
        // every command's suggestions.
        const byId = storyIdIn(trimmed);
        const query = byId ? `#${byId}` : trimmed;
        const suggestions = !byId ? (query ? await stories.suggestStories(query, 3) : []) : hits.slice(0, 5);
        return { kind: 'none', query, suggestions, noneStored: (await store.articles.count()) === 0 };
      }
      const found = await briefArticle(article, []);
      return { ...found, others: hits.filter((h) => h.id !== article.id) };
    },

    // Adding loads its code (cleaning, the prose check) on first use: a one-shot `brief` never adds.
    async addArticle(input, addedBy, { logFailure } = {}) {
      const { addArticleFromInput } = await import('./add-article-from-input');
      return addArticleFromInput(input, { addedBy, ingest, fetchArticle: options.fetchArticle, logger, logFailure });
    },

    async briefLink(url, addedBy) {
      const { addArticleFromInput } = await import('./add-article-from-input');
      const added = await addArticleFromInput(url, { addedBy, ingest, fetchArticle: options.fetchArticle, logger });
      const article = added.ok ? await store.articles.get(added.articleIds[0]!) : undefined;
      if (!article) return { kind: 'failed', message: added.message };
      return briefArticle(article, []);
    },

    async resolveQuestion(article, n, by) {
      const { analysis } = await analyzeStored(article);
      const question = analysis.questions[n - 1];
      if (!question) return { kind: 'no-such-question', article, count: analysis.questions.length };
      const fresh = await store.schedules.resolveQuestion(article.id, questionKey(question.text), by);
      return { kind: fresh ? 'resolved' : 'already', article, n, question: question.text };
    },

    buildScheduledPost(input) {
      return input.schedule.kind === 'follow'
        ? buildFollowUpReply(input, builderDeps)
        : buildDigestReply(input, builderDeps);
    },

    schedules: createScheduleUseCases(store, now),
    feeds: createFeedUseCases(store.feeds, options.probeFeed),
    conversations: createConversationUseCases(store),
  };
  return app;
}
