import { spaceChar } from './space-char';

// "- ", "• ", "* ", "– " opening a line: a list item (Axios, Semafor, newsletters, press releases). A hyphen
// or dash elsewhere is punctuation, so only a marker with nothing but spaces between it and the line's start counts.
const MARKER = /^[-\u2022\u2013\u25aa\u25cf*] +/;

/** Whether `at` is a line's first visible character in `text` (only spaces back to a newline or the text's start). */
function lineOpens(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && spaceChar(text.charCodeAt(i - 1))) i--;
  return i === 0 || text[i - 1] === '\n';
}

/**
 * Where the words of a line-initial list item start: past its bullet and the spaces after it, or `at` itself when
 * no bullet opens a line there. The sentence then starts at the words, so answers and passages cite "She declined
 * to say …", not "- She declined to say …", and its offsets still point into the article.
 */
export function listMarker(text: string, at: number): number {
  if (!lineOpens(text, at)) return at;
  const match = MARKER.exec(text.slice(at, at + 8));
  if (!match) return at;
  // "- Bernie Sanders." under a quotation, "- Hillary Clinton, in the debate": a credit line, whose dash is the
  // attribution's cue (no lower-case word before its first comma), not a list item.
  const item = text
    .slice(at + match[0].length)
    .split(/\n/)[0]!
    .split(',')[0]!;
  return /(?:^|\s)\p{Ll}/u.test(item) ? at + match[0].length : at;
}
