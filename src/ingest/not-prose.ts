/**
 * Text that is long enough to pass the length check but is not an article: a base64 attachment
 * pasted by mistake, a hex dump, a dump of figures. Analysing it wastes minutes on a 2 MB blob
 * and stores a "story" no brief can be made of, so it is refused with the reason.
 *
 * Both limits are far from real copy: across the BBC and PolNeAR articles the share of text in
 * ordinary words never falls near WORD_SHARE_FLOOR, and no word approaches LONG_RUN characters.
 */
const LONG_RUN = 1000;
/** Below this share of its characters in word-like tokens, the text is data, not prose. */
const WORD_SHARE_FLOOR = 0.2;
/** Longer than any dictionary word or ordinary web address an article quotes. */
const MAX_WORD_CHARS = 40;
/**
 * Scripts written without spaces between words: a Chinese, Japanese or Thai sentence is one
 * whitespace token, so each of their characters counts as a word character of its own rather than
 * the sentence being read as one over-long "word" (or, past LONG_RUN, as base64). Script_Extensions
 * also takes in the marks those scripts share (the kana long-vowel mark, the ideographic full stop).
 */
const SPACELESS = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]+/gu;
/**
 * A web address, bare or as Slack writes it (`<https://…|label>`): not words, but not data either;
 * a list of useful links is ordinary copy, so addresses are left out of the count altogether.
 */
const ADDRESS = /^[^\p{L}\p{N}]*https?:\/\//iu;
const SLACK_LINK = /<https?:\/\/[^|>\s]+(?:\|([^>]*))?>/giu;

/** Why `text` is not prose, or undefined when it reads as an article. */
export function notProse(text: string): string | undefined {
  // A Slack link keeps its label (words a reader sees); the address itself is dropped below.
  const tokens = text
    .replace(SLACK_LINK, (_, label?: string) => ` ${label ?? ''} `)
    .split(/\s+/u)
    .filter((token) => token.length > 0 && !ADDRESS.test(token));
  let total = 0;
  let inWords = 0;
  let longest = 0;
  for (const token of tokens.flatMap(splitSpaceless)) {
    if (typeof token === 'number') {
      total += token;
      inWords += token;
      continue;
    }
    total += token.length;
    longest = Math.max(longest, token.length);
    if (isWordLike(token)) inWords += token.length;
  }
  if (total === 0) return undefined;
  if (longest >= LONG_RUN && longest * 2 >= total) {
    return `it is mostly one unbroken run of ${longest.toLocaleString('en-GB')} characters with no spaces (encoded data such as base64?), not prose`;
  }
  const share = inWords / total;
  if (share < WORD_SHARE_FLOOR) {
    return `only ${Math.round(share * 100)}% of it is ordinary words; it looks like data (encoded text, figures or symbols), not prose`;
  }
  return undefined;
}

/** `token` with each run of a spaceless script given as its length (all word characters). */
function splitSpaceless(token: string): (string | number)[] {
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

/** A word as prose has them: short, and mostly letters once its surrounding punctuation is set aside. */
function isWordLike(token: string): boolean {
  const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (core.length === 0 || core.length > MAX_WORD_CHARS) return false;
  const letters = core.match(/\p{L}/gu)?.length ?? 0;
  return letters * 2 >= core.length;
}
