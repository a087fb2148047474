import { casedWords, dottedLetters } from './cased-words';

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
    'me my we our you your us him hers ours yours theirs story news article brief said says told also'
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
 * What a query searches for, each term a phrase: the letter/digit runs of one typed word, in order.
 * A word the store's tokenizer splits at its marks ("9/11", "covid-19", "£1.2m", "U.S.") is searched
 * as those runs side by side, not as loose runs anywhere in the story: "9/11" as "11" alone found
 * a story with "11 March" in it. Stopwords are dropped unless they are all there is; a possessive
 * 's goes ("Flynn’s" finds Flynn). A lone digit typed as a word ("1", "-1", "#1") is never a term:
 * "1" (from "/brief -1" or "#1 extra") found any story with money in it ("£1.2m"); inside a word
 * ("9/11") it is part of the phrase. A function word typed in capitals ("WHO", "US") is an acronym,
 * kept as a term (see casedWords). A word typed in capitals also matches its dotted form (see dottedLetters).
 */
export function searchTerms(query: string): string[][] {
  const seen = new Set<string>();
  const terms: string[][] = [];
  const acronyms = new Set(casedWords(query).map((w) => w.toLowerCase()));
  for (const word of query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/)) {
    const runs = word.match(/[\p{L}\p{N}]+/gu);
    if (!runs || (runs.length === 1 && /^\p{N}$/u.test(runs[0]!))) continue;
    const key = runs.join(' ');
    if (!seen.has(key)) terms.push(runs);
    seen.add(key);
  }
  const content = terms.filter((t) => t.length > 1 || !STOPWORDS.has(t[0]!) || acronyms.has(t[0]!));
  return content.length > 0 ? content : terms;
}

/**
 * An FTS5 MATCH expression for the terms, every term required ('all') or any ('any'), each a
 * quoted phrase. The last term's last word also matches as a prefix (typing "flyn" finds Flynn)
 * once it has 3+ characters and the query does not end in a space. Returns null when there is
 * nothing to search for.
 */
export function buildFtsQuery(query: string, mode: 'all' | 'any'): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const prefix = prefixesLast(query, terms);
  const dotted = dottedLetters(query);
  const parts = terms.map((t, i) => {
    const phrase = `"${t.join(' ')}"${prefix && i === terms.length - 1 ? '*' : ''}`;
    const letters = t.length === 1 ? dotted.get(t[0]!) : undefined;
    return letters ? `(${phrase} OR "${letters.join(' ')}")` : phrase;
  });
  return parts.join(mode === 'all' ? ' AND ' : ' OR ');
}

/** Whether the last term's last word is still being typed: no space after it, 3+ characters. */
export function prefixesLast(query: string, terms: string[][]): boolean {
  return !/\s$/.test(query) && (terms.at(-1)?.at(-1)?.length ?? 0) >= 3;
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
