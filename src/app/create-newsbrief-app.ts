import type { Logger } from 'pino';
import type { Analysis } from '../core/analysis-types';
import type { FeedUrlPolicy } from '../ingest/check-feed-url';
import { withHeadline } from '../ingest/with-headline';
import type { AddArticleResult, NewArticle, StoredArticle } from '../store/article-repository';
import type { Store } from '../store/store';
import { addArticleFromInput } from './add-article-from-input';
import type { AnalysisEngine } from './analysis-engine';
import { createExtractiveEngine } from './extractive-engine';
import type { NewsbriefApp } from './newsbrief-app';

export interface NewsbriefAppOptions {
  store: Store;
  logger: Logger;
  engine?: AnalysisEngine;
  /** Analyses articles as they are stored (extractive; the worker-pool one in the bot). */
  ingestEngine?: AnalysisEngine;
  now?: () => Date;
  /** Fetches and extracts an article from a URL; without it `/brief add <url>` explains why not. */
  fetchArticle?: (url: string) => Promise<NewArticle>;
  /** Zone used when a schedule command names none (NEWSBRIEF_TZ). */
  defaultTimezone?: string;
  /** NEWSBRIEF_FETCH_ALLOW_PRIVATE for feeds added in chat. */
  feedUrlPolicy?: FeedUrlPolicy;
}

/** The use cases behind every command, wired to a store and an analysis engine. */
export function createNewsbriefApp(options: NewsbriefAppOptions): NewsbriefApp {
  const { store, logger } = options;
  const extractive = options.ingestEngine ?? createExtractiveEngine();
  const engine = options.engine ?? extractive;
  const now = options.now ?? (() => new Date());

  async function analyzeStored(article: StoredArticle): Promise<{ analysis: Analysis; engine: string }> {
    const cached = store.articles.getAnalysis(article.id, engine.key);
    if (cached) return { analysis: cached, engine: engine.label };
    const meta = {
      source: article.source,
      url: article.url ?? undefined,
      publishedAt: article.publishedAt ?? undefined,
    };
    const result = await engine.analyze(article.text, meta);
    // Entity names were indexed at ingest; only the analysis itself is cached here.
    if (result.cacheKey) store.articles.saveAnalysis(article.id, result.cacheKey, result.analysis);
    return { analysis: result.analysis, engine: result.producedBy };
  }

  async function ingest(article: NewArticle): Promise<AddArticleResult> {
    const text = withHeadline(article.title, article.text);
    const meta = {
      source: article.source,
      url: article.url ?? undefined,
      publishedAt: article.publishedAt ?? undefined,
    };
    // Analysed before it is written so the article, its entity names (for search) and the cached
    // analysis land in one transaction. Always extractive: indexing a feed must not cost a model
    // call per item; a model engine, when on, runs at the first brief.
    const { analysis, cacheKey } = await extractive.analyze(text, meta);
    return store.articles.add(
      { ...article, text, title: analysis.title.trim() || article.title },
      {
        entityNames: analysis.entities.map((e) => e.name),
        ...(cacheKey ? { analysis: { engineKey: cacheKey, analysis } } : {}),
      },
    );
  }

  const app: NewsbriefApp = {
    store,
    now,
    defaultTimezone: options.defaultTimezone ?? 'UTC',
    feedUrlPolicy: options.feedUrlPolicy,
    analyzeStored,
    ingest,
    analyzeForIngest: (text, meta) => extractive.analyze(text, meta),

    async briefStory(rawQuery) {
      const query = rawQuery.trim();
      const byId = /^#(\d+)$/.exec(query);
      const hits = byId ? [] : store.articles.search(query, 6);
      const article = byId ? store.articles.get(Number(byId[1])) : hits[0] && store.articles.get(hits[0].id);
      if (!article) return { kind: 'none', query, suggestions: query ? store.articles.suggest(query, 3) : [] };
      const { analysis, engine: label } = await analyzeStored(article);
      return { kind: 'found', article, analysis, engine: label, others: hits.filter((h) => h.id !== article.id) };
    },

    async answerAbout(articleId, question) {
      const article = store.articles.get(articleId);
      if (!article) return undefined;
      const { analysis } = await analyzeStored(article);
      const result = await engine.answer(analysis, question, article.text);
      return { article, analysis, result };
    },

    addArticle(input, addedBy) {
      return addArticleFromInput(input, { addedBy, ingest, fetchArticle: options.fetchArticle, logger });
    },
  };
  return app;
}
