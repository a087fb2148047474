import { STOPWORDS as CORE_STOPWORDS } from '../core/stopwords';

/**
 * The query's words typed in capitals (2+ letters) that spell a function word: "WHO", "US", "IT".
 * Both stores' indexes are case-blind, so "WHO" matched "who" in every story; a story matches such
 * a word only where its title or text holds it in capitals, bare or dotted ("US" or "U.S.": US
 * copy writes the country "U.S."); stories holding the lower-case word or the dotted letters are
 * the index's candidates, rechecked. Other words typed in capitals stay case-blind: "FLYNN" finds
 * Flynn, and "NATO" finds the BBC's "Nato", for no everyday word is spelled that way.
 */
export function casedWords(query: string): string[] {
  return capitalsWords(query).filter((word) => CORE_STOPWORDS.has(word.toLowerCase()));
}

/**
 * Each word typed in 2–6 capitals (lower-cased) and its letters: the index reads a dotted acronym
 * ("U.S.", "U.K.", "F.B.I.", as the New York Times writes them) as its letters side by side, so
 * the search also looks for that phrase. Longer words ("FLYNN") are names typed in capitals.
 */
export function dottedLetters(query: string): Map<string, string[]> {
  const letters = new Map<string, string[]>();
  for (const word of capitalsWords(query)) {
    if (word.length <= 6) letters.set(word.toLowerCase(), [...word.toLowerCase()]);
  }
  return letters;
}

/** Words of the query that are one run of 2+ ASCII capitals (a possessive 's aside), each once. */
function capitalsWords(query: string): string[] {
  const words = new Set<string>();
  for (const word of query
    .normalize('NFKC')
    .replace(/['’]s\b/g, '')
    .split(/\s+/)) {
    const runs = word.match(/[\p{L}\p{N}]+/gu);
    const only = runs?.length === 1 ? runs[0]! : '';
    if (/^[A-Z]{2,}$/.test(only)) words.add(only);
  }
  return [...words];
}

/**
 * Patterns matching text that holds the word in capitals, bare or dotted ("US", "U.S."), as a
 * whole word: neither side touches an ASCII letter or digit ("U.S.A." is not "U.S."). SQLite's
 * GLOB (the text padded with a space at each end; two patterns, GLOB has no alternation) and
 * PostgreSQL's regular expression (one) say the same thing, so the stores agree.
 */
export function casedWordPatterns(word: string, dialect: 'glob' | 'regex'): string[] {
  const dotted = [...word].map((c) => `${c}.`).join('');
  if (dialect === 'glob') return [word, dotted].map((w) => `*[^${ALNUM}]${w}[^${ALNUM}]*`);
  return [`(^|[^${ALNUM}])(${word}|${dotted.replaceAll('.', '\\.')})([^${ALNUM}]|$)`];
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
