import type { Analysis, ArticleMeta } from '../core/analysis-types';
import { repairArticleText } from '../ingest/repair-article-text';
import { withHeadline } from '../ingest/with-headline';
import type { AddArticleResult, NewArticle, StoredArticle } from '../store/article-repository';
import type { AsyncStore } from '../store/async/async-store';
import { contentHash } from '../store/content-hash';
import { engineKeyPrefix } from '../store/engine-key-prefix';
import { withoutNul } from '../store/without-nul';
import type { AnalysisEngine } from './analysis-engine';
import { headlineTitle } from './headline-title';
import type { StoredAnalysis } from './newsbrief-app';

/** A stored story's analysis, and the one way a story is stored: the analyses the store keeps, read and written. */
interface IngestUseCases {
  analyzeStored(article: StoredArticle): Promise<StoredAnalysis>;
  ingest(given: NewArticle): Promise<AddArticleResult>;
}

/**
 * `engine` writes briefs and answers; `ingestEngine` analyses what is stored (its names and title go to search), so an
 * analysis `engine` makes with the ingest engine's key is stored as ingest would store it.
 */
export function createIngestUseCases(
  store: AsyncStore,
  engine: AnalysisEngine,
  ingestEngine: AnalysisEngine,
): IngestUseCases {
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

  return { analyzeStored, ingest };
}

/** What the engine is told about a stored article besides its text. */
function metaOf(article: StoredArticle): ArticleMeta {
  return { source: article.source, url: article.url ?? undefined, publishedAt: article.publishedAt ?? undefined };
}
