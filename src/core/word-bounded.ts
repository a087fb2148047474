import { latinLetters, WORD_EDGE } from './latin-letters';

const EDGE = new RegExp(WORD_EDGE);

/**
 * A character `\b` counts as a word's, without the `u` and `i` flags: one UTF-16 unit of [A-Za-z0-9_]; and a letter
 * of LATIN_LETTERS, so a name ending on one ("Akbaş") is bounded by the space after it.
 */
function wordUnit(text: string, at: number): boolean {
  const c = text.charCodeAt(at); // NaN outside the text: no word character there
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (c >= 0xc0 && latinLetters(c))
  );
}

/**
 * Whether `new RegExp(`${WORD_EDGE}${escapeRegExp(literal)}${WORD_EDGE}`).test(text)` holds (latin-letters.ts), read from the literal's occurrences with
 * `indexOf`: callers ask it per name or per word, and each fresh expression is parsed, then compiled to native code
 * at its first run (the launcher's --no-regexp-tier-up), ~0.2 ms a pattern, more than the search it serves.
 */
export function wordBounded(text: string, literal: string): boolean {
  if (literal === '') return EDGE.test(text);
  const end = literal.length;
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
    if (wordUnit(text, at - 1) !== wordUnit(text, at) && wordUnit(text, at + end - 1) !== wordUnit(text, at + end))
      return true;
  }
  return false;
}
