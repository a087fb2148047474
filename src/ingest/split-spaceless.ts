/**
 * Scripts written without spaces between words: a Chinese, Japanese or Thai sentence is one
 * whitespace token, so each of their characters counts as a word character of its own rather than
 * the sentence being read as one over-long "word" (or, past a thousand characters, as base64). Script_Extensions
 * also takes in the marks those scripts share (the kana long-vowel mark, the ideographic full stop).
 */
const SPACELESS = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]+/gu;

const ANY_SPACELESS =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;

/**
 * `text`'s tokens with each run of a spaceless script given as its length (all word characters). A text with none
 * (most copy) is its tokens as they are: one test of the text instead of a match per token (~55 ms of a 1 MB file,
 * on the main thread before anything else is done with it).
 */
export function splitSpaceless(tokens: readonly string[], text: string): (string | number)[] {
  return ANY_SPACELESS.test(text) ? tokens.flatMap(splitToken) : [...tokens];
}

/** `token` with each run of a spaceless script given as its length. */
function splitToken(token: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let at = 0;
  for (const run of token.matchAll(SPACELESS)) {
    if (run.index > at) parts.push(token.slice(at, run.index));
    parts.push(run[0].length);
    at = run.index + run[0].length;
  }
  if (at < token.length) parts.push(token.slice(at));
  return parts;
}
