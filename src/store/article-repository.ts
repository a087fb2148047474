import type { Analysis } from '../core/analysis-types';
import type { WhoIsWho } from '../core/who-is-who';

export interface NewArticle {
  /** Where it came from: a file path, a URL, "paste", a feed URL. */
  source: string;
  url?: string | null;
  title: string;
  text: string;
  byline?: string | null;
  publishedAt?: string | null;
}

export interface StoredArticle {
  id: number;
  source: string;
  url: string | null;
  title: string;
  text: string;
  byline: string | null;
  contentHash: string;
  publishedAt: string | null;
  ingestedAt: string;
  updatedAt: string;
}

export interface AddArticleResult {
  article: StoredArticle;
  /** 'created' new row, 'unchanged' same content already stored, 'updated' same URL with new text. */
  outcome: 'created' | 'unchanged' | 'updated';
  /** An 'unchanged' story whose stored analysis (and search names) came from an older engine and was redone. */
  refreshed?: boolean;
  /** How many double-encoded characters ("Ã§" for "ç") ingest repaired in the text and title before storing. */
  repaired?: number;
}

/** Derived data written in the same transaction as the article, so it is never half-stored. */
export interface ArticleDerived {
  /** Entity names to index for search (see setEntityNames). */
  entityNames?: string[];
  /** An analysis to cache for the stored article. */
  analysis?: { engineKey: string; analysis: Analysis };
  /**
   * `contentHash` of the article's text (without NUL), when the caller has it from its duplicate check
   * (findByContent): hashing a 1 MB story costs 110–130 ms, so the add does not hash it again.
   */
  contentHash?: string;
}

export interface ArticleHit {
  id: number;
  title: string;
  source: string;
  url: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  /** Higher is better. */
  score: number;
}

export interface ArticleRepository {
  /**
   * Stores an article unless the same content (hash) is already there ('unchanged'); the same URL
   * with new text updates that row in place, keeping its id ('updated'), and drops what was made
   * from the old text (its analyses, a model's cached results). Atomic with `derived`.
   */
  add(article: NewArticle, derived?: ArticleDerived): AddArticleResult;
  get(id: number): StoredArticle | undefined;
  /**
   * The stored article whose text `add` would call the same content (same normalised hash), so
   * a duplicate is recognised before anything is spent analysing it. `hash`: `contentHash(text)`, when
   * the caller computed it to carry on to `add`.
   */
  findByContent(text: string, hash?: string): StoredArticle | undefined;
  /** The title alone, for listings that name a story (a schedule line) without reading its text. */
  titleOf(id: number): string | undefined;
  /** Full-text search over title, body and entity names; best first. */
  search(query: string, limit?: number): ArticleHit[];
  /**
   * Of these stories, the ids a search for the query finds (every word; any word when none has
   * them all), unranked and uncapped: a follow-up's new stories, which a capped, ranked search of
   * the whole store loses behind a long story's older ones.
   */
  matchingAmong(query: string, ids: number[]): number[];
  /** Titles closest to a query that found nothing (for "did you mean"). */
  suggest(query: string, limit?: number): ArticleHit[];
  ingestedSince(isoTime: string): ArticleHit[];
  /** How many were stored in [from, before): a digest back after weeks off counts its older stories, never loads them. */
  countIngestedBetween(fromIso: string, beforeIso: string): number;
  /** The most recently added articles, newest first. */
  recent(limit: number): ArticleHit[];
  count(): number;
  /**
   * Removes an article with everything that only makes sense with it: cached analyses, resolved
   * questions, search entries, a model's cached results for its text (llm_cache, keyed by text).
   * Schedules and feed items that named it keep going without it, and a
   * thread keeps its link, so a question asked there learns the story is gone. Returns what was
   * removed, or undefined when there was no such article.
   */
  remove(id: number): StoredArticle | undefined;
  /** Cached analyses, keyed by engine version so an engine change re-analyses. */
  getAnalysis(articleId: number, engineKey: string): Analysis | undefined;
  /** The engine keys the article has cached analyses under, without reading them. */
  analysisKeys(articleId: number): string[];
  /**
   * Caches an analysis and, in the same transaction, removes the article's analyses by other
   * versions of the same engine (see engineKeyPrefix); other engines' analyses stay.
   */
  saveAnalysis(articleId: number, engineKey: string, analysis: Analysis): void;
  /** The who is who stored beside the analysis cached under the key, if one was. */
  getWhoIsWho(articleId: number, engineKey: string): WhoIsWho | undefined;
  /**
   * Stores who is who beside the cached analysis it was made from: only when the analysis cached under the key
   * is still `madeFrom` (another engine's result may have replaced it meanwhile), else nothing. Saving an
   * analysis again clears it. A brief made it from the stored analysis; kept, the next brief need not load
   * who-is-who's code and name lists (a cold start's largest share) nor run it.
   */
  saveWhoIsWho(articleId: number, engineKey: string, madeFrom: Analysis, who: WhoIsWho): void;
  /** Entity names indexed for search ("flynn" finds the story even when only the body names him). */
  setEntityNames(articleId: number, names: string[]): void;
  /** A new title for a stored story (its analysis was redone and found another headline). */
  setTitle(articleId: number, title: string): void;
}
