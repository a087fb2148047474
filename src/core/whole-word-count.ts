/** A letter or a combining mark: the characters a whole word may not touch. */
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;

/**
 * How many times `word` stands whole in `text` (no letter or mark on either side), counted as
 * `text.match(new RegExp(`(?<![\p{L}\p{M}])${escapeRegExp(word)}(?![\p{L}\p{M}])`, 'gu'))?.length ?? 0` counts:
 * left to right, each match resuming after the last. Read with `indexOf` rather than that expression because V8 parses
 * a new expression with `\p{…}` classes in about a millisecond (the classes are expanded to code-point tables), and a
 * caller asking per name (listedSpeaker, once per quotation) built a new one per surname: ~0.4 ms an article on the
 * BBC dev copy, the largest single item of a profile's own time.
 */
export function wholeWordCount(text: string, word: string): number {
  if (word === '') return 0;
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; ) {
    if (standsWhole(text, at, at + word.length)) {
      count++;
      at = text.indexOf(word, at + word.length);
    } else at = text.indexOf(word, at + 1);
  }
  return count;
}

/**
 * Whether text[start, end) is a whole word, read by code point as the `u` flag reads it: no character `edge` (a sticky
 * single-character expression) matches on either side.
 */
export function standsWhole(text: string, start: number, end: number, edge = LETTER_OR_MARK): boolean {
  // Under the `u` flag a match neither starts nor ends inside a surrogate pair.
  if (isLow(text, start) && isHigh(text, start - 1)) return false;
  if (isLow(text, end) && isHigh(text, end - 1)) return false;
  const before = isLow(text, start - 1) && isHigh(text, start - 2) ? start - 2 : start - 1;
  return !(before >= 0 && edgeAt(edge, text, before)) && !(end < text.length && edgeAt(edge, text, end));
}

function edgeAt(edge: RegExp, text: string, at: number): boolean {
  edge.lastIndex = at;
  return edge.test(text);
}

function isHigh(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff;
}
