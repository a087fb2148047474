import { searchTerms } from '../search-terms';

/**
 * A to_tsquery expression for the query's terms, every term required ('all') or any ('any'),
 * with the same rules as the SQLite FTS5 query: stopwords dropped, the last term a prefix once
 * it has 3+ characters and the query does not end in a space. Terms are letter/digit runs,
 * each single-quoted, so nothing a user types is tsquery syntax. Null when nothing is left.
 */
export function tsQuery(query: string, mode: 'all' | 'any'): string | null {
  // A tsvector lexeme is at most 2047 bytes; longer "words" can match nothing.
  const terms = searchTerms(query).filter((t) => Buffer.byteLength(t) < 2047);
  if (terms.length === 0) return null;
  const prefixLast = !/\s$/.test(query);
  const parts = terms.map((t, i) => (prefixLast && i === terms.length - 1 && t.length >= 3 ? `'${t}':*` : `'${t}'`));
  return parts.join(mode === 'all' ? ' & ' : ' | ');
}
