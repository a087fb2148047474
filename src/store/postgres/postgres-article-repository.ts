import type { Analysis } from '../../core/analysis-types';
import { analysisRead } from '../analysis-hash';
import { type ArticleRow, HIT_COLUMNS, type HitRow, joinNames, toHit, toStored } from '../article-rows';
import type { AsyncArticleRepository } from '../async/async-store';
import { CASED_WINDOW, casedFirst } from '../cased-first';
import { casedWordPatterns, casedWords } from '../cased-words';
import { contentHash } from '../content-hash';
import { searchTerms, titleSimilarity } from '../search-terms';
import { postgresArticleAdd } from './postgres-article-add';
import { ARTICLE_COLUMNS } from './postgres-article-fields';
import type { PgDb } from './postgres-database';
import { postgresWhoIsWho } from './postgres-who-is-who';
import { savePostgresAnalysis } from './save-postgres-analysis';
import { type TsSearch, tsQuery } from './ts-query';

export interface PostgresArticleRepositoryOptions {
  now?: () => Date;
}

// As on SQLite, only the most recent matches are ranked, so a word in most articles stays fast.
// Smaller than SQLite's 1000: ts_rank reads each match's whole tsvector (tens of µs apiece).
const RANK_WINDOW = 300;
const SUGGEST_CANDIDATES = 50;
// Long stories whose text a search may reread for a phrase past the index's reach (articles-006).
const MAX_RECHECKS = 10;

export function createPostgresArticleRepository(
  db: PgDb,
  options: PostgresArticleRepositoryOptions = {},
): AsyncArticleRepository {
  const now = options.now ?? (() => new Date());

  const one = async (sql: string, params: unknown[]) => (await db.query<ArticleRow>(sql, params)).rows[0];
  const setEntityNames = async (target: PgDb, articleId: number, names: string[]) => {
    const joined = joinNames(names);
    // IS DISTINCT FROM: a no-op update would still rewrite the row and its index entries.
    await target.query('UPDATE articles SET entity_names = $1 WHERE id = $2 AND entity_names IS DISTINCT FROM $1', [
      joined,
      articleId,
    ]);
  };
  const saveAnalysis = (target: PgDb, articleId: number, engineKey: string, analysis: Analysis) =>
    savePostgresAnalysis(target, { articleId, engineKey, analysis, savedAt: now().toISOString() });

  const ranked = async (search: TsSearch, limit: number, window = RANK_WINDOW) => {
    const result = await db.query<HitRow>('SELECT * FROM newsbrief_search($1, $2, $3, $4, $5, $6, $7, $8)', [
      search.query,
      limit,
      window,
      search.loose,
      search.terms,
      search.phrases,
      search.every,
      MAX_RECHECKS,
    ]);
    return result.rows.map(toHit);
  };
  /** Of the ids, in order, those whose title or text holds every word in capitals (casedWords), as SQLite's GLOB. */
  const withCased = async (ids: number[], words: string[]): Promise<number[]> => {
    let kept = new Set(ids);
    for (const word of words) {
      const result = await db.query<{ id: string }>(
        'SELECT id FROM articles WHERE id = ANY ($1::bigint[]) AND (title ~ $2 OR text ~ $2)',
        [[...kept], casedWordPatterns(word, 'regex')[0]],
      );
      kept = new Set(result.rows.map((r) => Number(r.id)));
    }
    return ids.filter((id) => kept.has(id));
  };
  /** The CASED_WINDOW most recent matches, ranked, that hold the words in capitals. */
  const rankedCased = async (search: TsSearch, words: string[]) => {
    const hits = await ranked(search, CASED_WINDOW, CASED_WINDOW);
    const kept = new Set(
      await withCased(
        hits.map((h) => h.id),
        words,
      ),
    );
    return hits.filter((h) => kept.has(h.id));
  };
  /** As SQLite's search: every word required, else (2+ terms) any; a word in capitals kept to the stories holding it so. */
  const searchFor = async (query: string, limit = 10): Promise<ReturnType<typeof toHit>[]> => {
    const all = tsQuery(query, 'all');
    if (!all) return [];
    const cased = casedWords(query);
    const hits = cased.length > 0 ? (await rankedCased(all, cased)).slice(0, limit) : await ranked(all, limit);
    if (hits.length > 0 || searchTerms(query).length < 2) return hits;
    const any = tsQuery(query, 'any')!;
    if (cased.length === 0) return ranked(any, limit);
    return casedFirst(await rankedCased(any, cased), await searchFor(query.toLowerCase(), limit), limit, (h) => h.id);
  };
  const matchingAmong = async (query: string, ids: number[]): Promise<number[]> => {
    const cased = casedWords(query);
    const matching = async (mode: 'all' | 'any') => {
      const search = ids.length > 0 ? tsQuery(query, mode) : null;
      if (!search) return [];
      // newsbrief_search's match: the loose query, its phrases checked on the tsvector, and on
      // a story too long for the index's positions, on its text.
      const result = await db.query<{ id: string }>(
        `SELECT a.id FROM articles a WHERE a.id = ANY ($1::bigint[]) AND a.search @@ to_tsquery('newsbrief_words', $3)
           AND (ts_match_vq(a.search, to_tsquery('newsbrief_words', $2))
                OR (octet_length(a.title) + octet_length(a.entity_names) + octet_length(a.text) >= 16383
                    AND newsbrief_recheck(a.search, a.text, $4, $5, $6)))`,
        [ids, search.query, search.loose, search.terms, search.phrases, search.every],
      );
      const found = result.rows.map((r) => Number(r.id));
      return cased.length > 0 ? withCased(found, cased) : found;
    };
    const every = await matching('all');
    if (every.length > 0 || searchTerms(query).length < 2) return every;
    if (cased.length === 0) return matching('any');
    return casedFirst(await matching('any'), await matchingAmong(query.toLowerCase(), ids), ids.length, (id) => id);
  };

  return {
    add: postgresArticleAdd(db, now, setEntityNames),
    async get(id) {
      const row = await one(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
      return row ? toStored(row) : undefined;
    },
    async findByContent(text, hash = contentHash(text.replaceAll('\u0000', ''))) {
      const row = await one(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE content_hash = $1`, [hash]);
      return row ? toStored(row) : undefined;
    },
    async titleOf(id) {
      const result = await db.query<{ title: string }>('SELECT title FROM articles WHERE id = $1', [id]);
      return result.rows[0]?.title;
    },
    search: searchFor,
    matchingAmong,
    async suggest(query, limit = 3) {
      if (searchTerms(query).length === 0) return [];
      // The trigram index finds the titles nearest the query; the final order uses the same
      // similarity as SQLite, so both stores suggest alike.
      const result = await db.query<HitRow>(`SELECT *, 0 AS score FROM newsbrief_suggest($1, ${SUGGEST_CANDIDATES})`, [
        query.normalize('NFKC').replaceAll('\u0000', '').slice(0, 500),
      ]);
      return result.rows
        .map((row) => ({ ...toHit(row), score: titleSimilarity(query, row.title) }))
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score || b.ingestedAt.localeCompare(a.ingestedAt))
        .slice(0, limit);
    },
    async ingestedSince(isoTime) {
      const result = await db.query<HitRow>(
        `SELECT ${HIT_COLUMNS}, 0 AS score FROM articles a WHERE a.ingested_at >= $1 ORDER BY a.ingested_at, a.id`,
        [isoTime],
      );
      return result.rows.map(toHit);
    },
    async countIngestedBetween(fromIso, beforeIso) {
      const result = await db.query<{ n: string }>(
        'SELECT count(*) AS n FROM articles WHERE ingested_at >= $1 AND ingested_at < $2',
        [fromIso, beforeIso],
      );
      return Number(result.rows[0]!.n);
    },
    async recent(limit) {
      const result = await db.query<HitRow>(
        `SELECT ${HIT_COLUMNS}, 0 AS score FROM articles a ORDER BY a.ingested_at DESC, a.id DESC LIMIT $1`,
        [limit],
      );
      return result.rows.map(toHit);
    },
    async count() {
      const result = await db.query<{ n: number }>('SELECT count(*) AS n FROM articles');
      return result.rows[0]!.n;
    },
    async remove(id) {
      // Analyses and resolved questions go by ON DELETE CASCADE; thread links stay, so a question
      // in the thread is told the story is gone. With the deletion, the links' clock restarts (the
      // prune measures silence from then, not from a link made weeks before, and reads only links
      // so marked) and the model's results for its text go (see the SQLite repository). Those go
      // in a second statement: it sees a result a model call committed while the deletion waited
      // for the row (a later call finds no story and writes nothing: see the model-result cache).
      return db.tx(async (tx) => {
        const result = await tx.query<ArticleRow>(
          `WITH gone AS (DELETE FROM articles WHERE id = $1 RETURNING *),
             restarted AS (UPDATE thread_links SET linked_at = $2, story_deleted_at = $2
               WHERE article_id IN (SELECT id FROM gone))
           SELECT * FROM gone`,
          [id, now().toISOString()],
        );
        const row = result.rows[0];
        if (!row) return undefined;
        await tx.query('DELETE FROM llm_cache WHERE article_hash = $1', [row.content_hash]);
        return toStored(row);
      });
    },
    async getAnalysis(articleId, engineKey) {
      const result = await db.query<{ analysis_json: Analysis; analysis_hash: string | null }>(
        'SELECT analysis_json, analysis_hash FROM article_analyses WHERE article_id = $1 AND engine_key = $2',
        [articleId, engineKey],
      );
      const row = result.rows[0];
      return row && analysisRead(row.analysis_json, row.analysis_hash);
    },
    async analysisKeys(articleId) {
      const result = await db.query<{ engine_key: string }>(
        'SELECT engine_key FROM article_analyses WHERE article_id = $1 ORDER BY engine_key',
        [articleId],
      );
      return result.rows.map((row) => row.engine_key);
    },
    saveAnalysis: (articleId, engineKey, analysis) => saveAnalysis(db, articleId, engineKey, analysis),
    ...postgresWhoIsWho(db),
    setEntityNames: (articleId, names) => setEntityNames(db, articleId, names),
    async setTitle(articleId, title) {
      const trimmed = title.replaceAll('\u0000', '').trim();
      await db.query('UPDATE articles SET title = $1 WHERE id = $2 AND title IS DISTINCT FROM $1', [
        trimmed,
        articleId,
      ]);
    },
  };
}
