/** Whether no letter nor apostrophe stands before `lastIndex` (sticky: read at that position only). */
const NO_LETTER_BEFORE = /(?<![\p{L}'’])/iuy;
/** Whether no letter follows `lastIndex`. */
const NO_LETTER_AFTER = /(?![\p{L}])/iuy;
/** A word as the callers read it (letters, digits, apostrophes, hyphens): literal in a pattern, never a space. */
const PLAIN_WORD = /^[\p{L}\p{N}'’-]+$/u;

/** The expression pronounInCopy stands in for, for words it cannot read literally. */
const asExpression = (text: string, word: string, tail: string): number =>
  new RegExp(`(?<![\\p{L}'’])${word}${tail}(?![\\p{L}])`, 'iu').exec(text)?.index ?? -1;

/**
 * Where `new RegExp(`(?<![\p{L}'’])${word}\s+${next}(?![\p{L}])`, 'iu')` first matches in the text (without
 * `\s+${next}` when `next` is undefined), or -1: a question's pronoun and the word after it, found in the copy. Only the
 * words are compiled per call; the letter classes on either side are read by two expressions built once, because V8
 * expands a `\p{L}` class under the `i` flag on every fresh expression and compiles it to native code at its first run,
 * ~2 ms a pattern, once per question. Exact: the words hold no space, so `\s+` takes the whole gap and each start
 * matches one way, and the side checks are the same assertions with the same flags, read where the words match.
 */
export function pronounInCopy(text: string, word: string, next?: string): number {
  if (!PLAIN_WORD.test(word) || (next !== undefined && !PLAIN_WORD.test(next)))
    return asExpression(text, word, next === undefined ? '' : String.raw`\s+${next}`);
  const words = new RegExp(next === undefined ? word : String.raw`${word}\s+${next}`, 'giu');
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (holdsAt(NO_LETTER_BEFORE, text, m.index) && holdsAt(NO_LETTER_AFTER, text, m.index + m[0].length))
      return m.index;
    // On by one code point from the failed start, as the expression's own scan moves.
    words.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return -1;
}

function holdsAt(assertion: RegExp, text: string, at: number): boolean {
  assertion.lastIndex = at;
  return assertion.test(text);
}
