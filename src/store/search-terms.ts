/**
 * Turns untrusted user text into safe FTS5 queries. Raw text is never passed as FTS syntax:
 * only letter/digit runs survive, each is double-quoted, so operators (AND, NEAR, *, :, ^, -)
 * typed by a user are just words.
 */

// Words that match nearly every article; dropped unless the query has nothing else.
const STOPWORDS = new Set(
  (
    'a an and are as at be but by for from has have he her his i in is it its of on or she that the their ' +
    'them they this to was were what when where which who whom why will with about how did does do ' +
    'me my we our you your story news article brief said says told also'
  ).split(' '),
);

/** Lower-cased letter/digit runs, in order, duplicates removed. Mirrors FTS5's unicode61 tokenizer. */
function tokenizeQuery(query: string): string[] {
  const tokens =
    query
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(tokens)];
}

/**
 * Terms worth searching for: tokens without stopwords (unless stopwords are all there is). A lone
 * digit is never a term: SQLite splits "£1.2m" into "1" and "2m", so "1" (from "/brief -1" or
 * "#1 extra") found any story with money in it, while PostgreSQL keeps "1.2" whole; dropped on
 * both, the stores agree and a stray digit finds nothing rather than the wrong story.
 */
export function searchTerms(query: string): string[] {
  const tokens = tokenizeQuery(query).filter((t) => !/^\p{N}$/u.test(t));
  const content = tokens.filter((t) => !STOPWORDS.has(t));
  return content.length > 0 ? content : tokens;
}

/**
 * An FTS5 MATCH expression for the terms, every term required ('all') or any ('any').
 * The last term also matches as a prefix (typing "flyn" finds Flynn) once it has 3+ characters
 * and the query does not end in a space. Returns null when there is nothing to search for.
 */
export function buildFtsQuery(query: string, mode: 'all' | 'any'): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const prefixLast = !/\s$/.test(query);
  const parts = terms.map((t, i) => {
    const quoted = `"${t}"`;
    return prefixLast && i === terms.length - 1 && t.length >= 3 ? `${quoted}*` : quoted;
  });
  return parts.join(mode === 'all' ? ' AND ' : ' OR ');
}

/** Distinct character trigrams of each term (for "did you mean" title matching). */
export function trigramsOf(query: string): string[] {
  const grams = new Set<string>();
  for (const token of tokenizeQuery(query)) {
    const chars = [...token];
    for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  }
  return [...grams];
}

/**
 * How close a title is to a mistyped query: the share of the query's trigrams found in the title,
 * lightly penalising long titles. Both stores order "did you mean" by it.
 */
export function titleSimilarity(query: string, title: string): number {
  const queryGrams = trigramsOf(query);
  if (queryGrams.length === 0) return 0;
  const titleGrams = new Set(trigramsOf(title));
  const shared = queryGrams.filter((g) => titleGrams.has(g)).length;
  return shared / (queryGrams.length + 0.1 * titleGrams.size);
}
