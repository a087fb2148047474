import type Database from 'better-sqlite3';
import type { ArticleRepository } from '../article-repository';
import { HIT_COLUMNS, type HitRow, toHit } from '../article-rows';
import { CASED_WINDOW, casedFirst } from '../cased-first';
import { casedWordPatterns, casedWords } from '../cased-words';
import { buildFtsQuery, searchTerms, titleSimilarity, trigramsOf } from '../search-terms';

// bm25 weights per column: a title match outranks many body mentions; entity names sit between.
const BM25 = 'bm25(articles_fts, 10.0, 1.0, 4.0)';
const RANK_WINDOW = 1000;
const TRIGRAM_BUDGET = 3000;

/** The SQLite article repository's searches: full-text (FTS5, bm25) and "did you mean" over title trigrams. */
export function createSqliteArticleSearch(
  db: Database.Database,
): Pick<ArticleRepository, 'search' | 'matchingAmong' | 'suggest'> {
  // Rank inside the index and join only the winners (a row read per match is the slow part).
  // bm25 costs a few µs per match, so a word in most of 100,000 articles would take a second:
  // ranking looks at the RANK_WINDOW most recent matches, found cheaply in rowid order.
  const windowStart = db.prepare<[string, number], { rowid: number }>(
    'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?',
  );
  const search = db.prepare<[string, number, number], HitRow>(
    `SELECT ${HIT_COLUMNS}, -m.rank AS score
     FROM (SELECT rowid, ${BM25} AS rank FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?
           ORDER BY rank, rowid DESC LIMIT ?) m
     JOIN articles a ON a.id = m.rowid ORDER BY m.rank, a.id DESC`,
  );
  const among = db.prepare<[string, string], { rowid: number }>(
    'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))',
  );
  const trigramCounts = db.prepare<[string], { term: string; doc: number }>(
    'SELECT term, doc FROM article_titles_trigram_vocab WHERE term IN (SELECT value FROM json_each(?))',
  );
  const trigramCandidates = db.prepare<[string, number], HitRow>(
    `SELECT ${HIT_COLUMNS}, 0 AS score
     FROM (SELECT rowid, rank FROM article_titles_trigram WHERE article_titles_trigram MATCH ? ORDER BY rank LIMIT ?) m
     JOIN articles a ON a.id = m.rowid`,
  );
  const ranked = (match: string, limit: number, window = RANK_WINDOW) => {
    const start = windowStart.get(match, window - 1)?.rowid ?? 0;
    return search.all(match, start, limit).map(toHit);
  };
  const holdingCased = db.prepare<[{ ids: string; bare: string; dotted: string }], { id: number }>(
    `SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(@ids))
       AND (' ' || title || ' ' GLOB @bare OR ' ' || text || ' ' GLOB @bare
            OR ' ' || title || ' ' GLOB @dotted OR ' ' || text || ' ' GLOB @dotted)`,
  );
  /** Of the ids, in order, those whose title or text holds every word in capitals (casedWords). */
  const withCased = (ids: number[], words: string[]): number[] => {
    let kept = new Set(ids);
    for (const word of words) {
      const [bare, dotted] = casedWordPatterns(word, 'glob') as [string, string];
      kept = new Set(holdingCased.all({ ids: JSON.stringify([...kept]), bare, dotted }).map((r) => r.id));
    }
    return ids.filter((id) => kept.has(id));
  };
  /** The CASED_WINDOW most recent matches, ranked, that hold the words in capitals. */
  const rankedCased = (match: string, words: string[]) => {
    const hits = ranked(match, CASED_WINDOW, CASED_WINDOW);
    const kept = new Set(
      withCased(
        hits.map((h) => h.id),
        words,
      ),
    );
    return hits.filter((h) => kept.has(h.id));
  };
  /** Ranked hits: every word required, else (2+ terms) any; a word in capitals kept to the stories holding it so. */
  const searchFor = (query: string, limit = 10): ReturnType<typeof ranked> => {
    const all = buildFtsQuery(query, 'all');
    if (!all) return [];
    const cased = casedWords(query);
    const hits = cased.length > 0 ? rankedCased(all, cased).slice(0, limit) : ranked(all, limit);
    if (hits.length > 0 || searchTerms(query).length < 2) return hits;
    const any = buildFtsQuery(query, 'any')!;
    if (cased.length === 0) return ranked(any, limit);
    return casedFirst(rankedCased(any, cased), searchFor(query.toLowerCase(), limit), limit, (h) => h.id);
  };
  /** Of the ids, those the search would match (unranked), by the same rules. */
  const matchingAmong = (query: string, ids: number[]): number[] => {
    const cased = casedWords(query);
    const matching = (mode: 'all' | 'any') => {
      const match = ids.length > 0 ? buildFtsQuery(query, mode) : null;
      const found = match ? among.all(match, JSON.stringify(ids)).map((r) => r.rowid) : [];
      return cased.length > 0 ? withCased(found, cased) : found;
    };
    const every = matching('all');
    if (every.length > 0 || searchTerms(query).length < 2) return every;
    if (cased.length === 0) return matching('any');
    return casedFirst(matching('any'), matchingAmong(query.toLowerCase(), ids), ids.length, (id) => id);
  };
  /** The query's trigrams present in titles, rarest first, within a budget of title matches. */
  const usefulTrigrams = (grams: string[]): string[] => {
    const counts = trigramCounts.all(JSON.stringify(grams)).sort((a, b) => a.doc - b.doc);
    const chosen: string[] = [];
    let budget = 0;
    for (const { term, doc } of counts) {
      if (chosen.length >= 2 && budget + doc > TRIGRAM_BUDGET) break;
      chosen.push(term);
      budget += doc;
    }
    return chosen;
  };
  return {
    search: searchFor,
    matchingAmong,
    suggest(query, limit = 3) {
      const grams = trigramsOf(query);
      const useful = grams.length > 0 ? usefulTrigrams(grams) : [];
      if (useful.length === 0) return [];
      const candidates = trigramCandidates.all(useful.map((g) => `"${g}"`).join(' OR '), 50);
      return candidates
        .map((row) => ({ ...toHit(row), score: titleSimilarity(query, row.title) }))
        .sort((a, b) => b.score - a.score || b.ingestedAt.localeCompare(a.ingestedAt))
        .slice(0, limit);
    },
  };
}
