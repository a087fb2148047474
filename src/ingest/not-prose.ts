import { splitAddresses } from './split-addresses';
import { splitSpaceless } from './split-spaceless';

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

/** Why `text` is not prose, or undefined when it reads as an article. */
export function notProse(text: string, split = splitAddresses(text)): string | undefined {
  // Web addresses are left out of the count altogether: not words, but not data either, and a
  // list of useful links is ordinary copy.
  const { tokens } = split;
  let total = 0;
  let inWords = 0;
  let longest = 0;
  for (const token of splitSpaceless(tokens, text)) {
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

/** A word as prose has them: short, and mostly letters once its surrounding punctuation is set aside. */
function isWordLike(token: string): boolean {
  if (PRINTABLE_ASCII.test(token)) return asciiWordLike(token);
  const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (core.length === 0 || core.length > MAX_WORD_CHARS) return false;
  const letters = core.match(/\p{L}/gu)?.length ?? 0;
  return letters * 2 >= core.length;
}

const PRINTABLE_ASCII = /^[!-~]+$/;

/**
 * isWordLike for a token of printable ASCII (most tokens of English copy), by character codes: its letters are
 * A–Z and a–z, its digits 0–9, so the same answer without the two Unicode-property scans (~70 ms of a 1 MB file).
 */
function asciiWordLike(token: string): boolean {
  const letter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const alnum = (c: number) => letter(c) || (c >= 48 && c <= 57);
  let start = 0;
  let end = token.length;
  while (start < end && !alnum(token.charCodeAt(start))) start++;
  while (end > start && !alnum(token.charCodeAt(end - 1))) end--;
  const length = end - start;
  if (length === 0 || length > MAX_WORD_CHARS) return false;
  let letters = 0;
  for (let i = start; i < end; i++) if (letter(token.charCodeAt(i))) letters++;
  return letters * 2 >= length;
}
