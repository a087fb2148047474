/**
 * How many of the index's matches, the most recent first, both stores rank and then recheck for
 * a word typed in capitals (casedWords): one number, so SQLite and PostgreSQL find the same
 * stories. PostgreSQL's rank window (ts_rank reads each match's whole tsvector). Past it, a story
 * holding the acronym is not found when more than CASED_WINDOW newer stories match the query's
 * words in any case: "WHO" alone reaches back about 300 stories holding "who", while "WHO
 * measles" (fewer matches) reaches further; the search then answers with what the window holds,
 * or with the any-word fallback, or nothing.
 */
export const CASED_WINDOW = 300;

/**
 * The any-word fallback's result when a word was typed in capitals: the stories holding it in
 * capitals first, then the stories the search finds with that word read as the everyday one (a
 * stopword, dropped: main's search), none twice, at most `limit`. Rank, not drop: ruling out
 * every story without the acronym dropped a story main found by the query's other words.
 */
export function casedFirst<T>(holding: T[], plain: T[], limit: number, key: (item: T) => unknown): T[] {
  const seen = new Set(holding.map(key));
  return [...holding, ...plain.filter((item) => !seen.has(key(item)))].slice(0, limit);
}
