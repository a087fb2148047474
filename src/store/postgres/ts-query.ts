import { prefixesLast, searchTerms } from '../search-terms';

/**
 * A to_tsquery expression for the query's terms, every term required ('all') or any ('any'),
 * with the same rules as the SQLite FTS5 query: stopwords dropped, a word split at its marks
 * ("9/11") a phrase of its runs, the last word a prefix once it has 3+ characters and the query
 * does not end in a space. Runs are letters and digits, each single-quoted, so nothing a user
 * types is tsquery syntax. Null when nothing is left.
 */
export function tsQuery(query: string, mode: 'all' | 'any'): string | null {
  // A tsvector lexeme is at most 2047 bytes; longer "words" can match nothing.
  const terms = searchTerms(query).filter((t) => t.every((run) => Buffer.byteLength(run) < 2047));
  if (terms.length === 0) return null;
  const prefix = prefixesLast(query, terms);
  const parts = terms.map((t, i) => {
    const runs = t.map((run) => `'${run}'`);
    if (prefix && i === terms.length - 1) runs[runs.length - 1] += ':*';
    return runs.length > 1 ? `(${runs.join(' <-> ')})` : runs[0]!;
  });
  return parts.join(mode === 'all' ? ' & ' : ' | ');
}
