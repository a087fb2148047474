import type { Logger } from 'pino';
import type { Analysis, ArticleMeta } from '../core/analysis-types';
import { asksPersonRole } from '../core/asked-person';
import type { WhoIsWho } from '../core/who-is-who';
import type { FeedUrlPolicy } from '../ingest/check-feed-url';
import type { FeedProbe } from '../ingest/probe-feed';
import { repairArticleText } from '../ingest/repair-article-text';
import { withHeadline } from '../ingest/with-headline';
import type { AddArticleResult, ArticleHit, NewArticle, StoredArticle } from '../store/article-repository';
import type { AsyncStore } from '../store/async/async-store';
import { contentHash } from '../store/content-hash';
import { engineKeyPrefix } from '../store/engine-key-prefix';
import { withoutNul } from '../store/without-nul';
import type { AnalysisEngine } from './analysis-engine';
import { authorshipAnswer } from './authorship-answer';
import { createBriefWhoIsWho } from './brief-who-is-who';
import { buildDigestReply, type PostBuilderDeps } from './build-digest-reply';
import { buildFollowUpReply } from './build-follow-up-reply';
import { createConversationUseCases } from './conversation-use-cases';
import { createExtractiveEngine } from './extractive-engine';
import { createFeedUseCases } from './feed-use-cases';
import { headlineTitle } from './headline-title';
import type { NewsbriefApp, StoredAnalysis } from './newsbrief-app';
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

  async function analyzeStored(article: StoredArticle): Promise<StoredAnalysis> {
    const cached = await store.articles.getAnalysis(article.id, engine.key);
    if (cached) return { analysis: cached, engine: engine.label };
    const result = await engine.analyze(article.text, metaOf(article));
    const done = { analysis: result.analysis, engine: result.producedBy };
    if (result.cacheKey === ingestEngine.key) {
      // The analysis ingest would make (after an upgrade, say): its names and title go with it,
      // so the story is never left with a current analysis but the older engine's search names.
      const title = await storeDerived(article, result.cacheKey, result.analysis);
      return title === undefined || title === article.title ? done : { ...done, title };
    }
    // Another engine's (a model's): search keeps the extractive names indexed at ingest.
    if (result.cacheKey) await store.articles.saveAnalysis(article.id, result.cacheKey, result.analysis);
    return done;
  }

  /** The one way an article is stored, whatever its source (file, folder, drop folder, feed, link, paste). */
  async function ingest(given: NewArticle): Promise<AddArticleResult> {
    // Double-encoded UTF-8 ("FranÃ§ois") is repaired before anything reads or hashes it, and the result says so.
    const { article, repaired } = repairArticleText(given);
    const result = await ingestRepaired(article);
    return repaired > 0 ? { ...result, repaired } : result;
  }

  async function ingestRepaired(given: NewArticle): Promise<AddArticleResult> {
    // NUL is no text (a paste from a binary or UTF-16 file carries them, a page's metadata may):
    // PostgreSQL refuses it and SQLite would keep it, so both stores get the same article, and the
    // same paste is one story.
    const article = withoutNul(given);
    const text = withHeadline(article.title, article.text);
    // A story stored already (same content) needs no analysis: on a slow machine or a big feed
    // re-poll that is most of the cost, and the store would discard the result anyway. The hash goes on to
    // the add, so a new story is hashed once (110–130 ms for a 1 MB file).
    const hash = contentHash(text);
    const stored = await store.articles.findByContent(text, hash);
    if (stored) {
      if (!analysedByOlderEngine(await store.articles.analysisKeys(stored.id))) {
        return { article: stored, outcome: 'unchanged' };
      }
      const refreshed = await refreshStored(stored);
      if (refreshed) return refreshed;
      // Deleted meanwhile: stored anew below, as any new story.
    }
    const meta = {
      source: article.source,
      url: article.url ?? undefined,
      publishedAt: article.publishedAt ?? undefined,
    };
    // Analysed before it is written so the article, its entity names (for search) and the cached
    // analysis land in one transaction.
    const { analysis, cacheKey } = await ingestEngine.analyze(text, meta);
    return store.articles.add(
      { ...article, text, title: headlineTitle(analysis.title.trim() || article.title, text) },
      {
        entityNames: analysis.entities.map((e) => e.name),
        ...(cacheKey ? { analysis: { engineKey: cacheKey, analysis } } : {}),
        contentHash: hash,
      },
    );
  }

  /**
   * A story stored by an older engine (or learned data) keeps the names it found then, so search
   * misses what the current engine would index: adding it again redoes the analysis, its names
   * and its title (the text is stored already). Storing the current analysis removes the older
   * ones, and briefs store names and title with it, so an older key left means the names are old
   * too (a brief by a version before that kept both keys). After an upgrade, the first poll of
   * each feed redoes the items it still lists, once.
   */
  function analysedByOlderEngine(keys: readonly string[]): boolean {
    const prefix = engineKeyPrefix(ingestEngine.key);
    return keys.some((key) => key !== ingestEngine.key && key.startsWith(prefix));
  }

  /** The refreshed result, or undefined when the story was deleted while it was analysed. */
  async function refreshStored(stored: StoredArticle): Promise<AddArticleResult | undefined> {
    // The stored text and details, as a brief of it would be analysed.
    const { analysis, cacheKey } = await ingestEngine.analyze(stored.text, metaOf(stored));
    const title = await storeDerived(stored, cacheKey, analysis);
    return title === undefined ? undefined : { article: { ...stored, title }, outcome: 'unchanged', refreshed: true };
  }

  /**
   * Writes what the ingest engine's analysis of a stored story gives (search names, title, the
   * cached analysis) in one transaction. Returns the title, or undefined when the story was
   * deleted meanwhile.
   */
  async function storeDerived(stored: StoredArticle, cacheKey: string | undefined, analysis: Analysis) {
    const title = headlineTitle(analysis.title.trim() || stored.title, stored.text);
    try {
      return await store.transaction(async (tx) => {
        if ((await tx.articles.titleOf(stored.id)) === undefined) return undefined;
        await tx.articles.setEntityNames(
          stored.id,
          analysis.entities.map((e) => e.name),
        );
        await tx.articles.setTitle(stored.id, title);
        if (cacheKey) await tx.articles.saveAnalysis(stored.id, cacheKey, analysis);
        return title;
      });
    } catch (error) {
      // Deleted by another process after the check (PostgreSQL's foreign key refuses the analysis).
      if ((await store.articles.titleOf(stored.id)) === undefined) return undefined;
      throw error;
    }
  }

  async function answerAbout(articleId: number, question: string) {
    const article = await store.articles.get(articleId);
    if (!article) return undefined;
    const { analysis, engine: label } = await analyzeStored(article);
    // "Who is <Name>?" and "what is <Name>'s job?" read the story's who-is-who: the one remembered for its brief,
    // not made again per question.
    const who = asksPersonRole(question) ? await briefWho(article, label, analysis) : undefined;
    const result = authorshipAnswer(question, article) ?? (await engine.answer(analysis, question, article.text, who));
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

/** What the engine is told about a stored article besides its text. */
function metaOf(article: StoredArticle): ArticleMeta {
  return { source: article.source, url: article.url ?? undefined, publishedAt: article.publishedAt ?? undefined };
}
