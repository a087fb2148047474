import { dottedLetters } from '../cased-words';
import { prefixesLast, searchTerms } from '../search-terms';

/** What newsbrief_search is given: the query, and what it needs to recheck phrases past the index's reach. */
export interface TsSearch {
  /** Every term required (&) or any (|), each phrase kept inside one field. */
  query: string;
  /** The same with each phrase's words anywhere: the candidates of a phrase recheck. */
  loose: string;
  /** Each term of `query` on its own. */
  terms: string[];
  /** Each term's phrase without weights (null for a single word), rechecked on the body's text. */
  phrases: (string | null)[];
  every: boolean;
}

// The searchable tsvector's fields (title A, entity names B, body D) are one run of positions, so
// a phrase unrestricted would read the title's last word and the names' first as adjacent; SQLite
// matches a phrase inside one column only.
const FIELDS = ['A', 'B', 'D'];

/**
 * to_tsquery expressions for the query's terms, every term required ('all') or any ('any'), with
 * the same rules as the SQLite FTS5 query: stopwords dropped, a word split at its marks ("9/11")
 * a phrase of its runs, the last word a prefix once it has 3+ characters and the query does not
 * end in a space. Runs are letters and digits, each single-quoted, so nothing a user types is
 * tsquery syntax. Null when nothing is left.
 */
export function tsQuery(query: string, mode: 'all' | 'any'): TsSearch | null {
  // A tsvector lexeme is at most 2047 bytes; longer "words" can match nothing.
  const terms = searchTerms(query).filter((t) => t.every((run) => Buffer.byteLength(run) < 2047));
  if (terms.length === 0) return null;
  const prefix = prefixesLast(query, terms);
  // 'run', with ':*' when it is the query's last word typed as a prefix, and the field's weight.
  const runsOf = (t: string[], i: number, weight = '') =>
    t.map((run, j) => {
      const marks = (prefix && i === terms.length - 1 && j === t.length - 1 ? '*' : '') + weight;
      return marks ? `'${run}':${marks}` : `'${run}'`;
    });
  const fielded = (t: string[], i: number) =>
    `(${FIELDS.map((field) => runsOf(t, i, field).join(' <-> ')).join(' | ')})`;
  // A word typed in capitals also matches its dotted letters ("US" or "U.S.", see dottedLetters):
  // the word or the letters' phrase, whose body recheck is that phrase's.
  const dotted = dottedLetters(query);
  const lettersOf = (t: string[]) => (t.length === 1 ? dotted.get(t[0]!) : undefined);
  const weighted = terms.map((t, i) => {
    const letters = lettersOf(t);
    if (letters) return `(${runsOf(t, i)[0]!} | ${fielded(letters, -1)})`;
    return t.length > 1 ? fielded(t, i) : runsOf(t, i)[0]!;
  });
  const join = (parts: string[]) => parts.join(mode === 'all' ? ' & ' : ' | ');
  return {
    query: join(weighted),
    loose: join(
      terms.map((t, i) => {
        const letters = lettersOf(t);
        return letters
          ? `(${runsOf(t, i)[0]!} | (${runsOf(letters, -1).join(' & ')}))`
          : `(${runsOf(t, i).join(' & ')})`;
      }),
    ),
    terms: weighted,
    phrases: terms.map((t, i) => {
      const letters = lettersOf(t);
      if (letters) return runsOf(letters, -1).join(' <-> ');
      return t.length > 1 ? runsOf(t, i).join(' <-> ') : null;
    }),
    every: mode === 'all',
  };
}
