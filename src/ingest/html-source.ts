import { extname } from 'node:path';
import { isHtmlFile } from './parse-text-file';

// How a saved or copied page's source opens: a doctype, a comment, or a page-level or block
// element. Prose never starts with "<p>" or "<html"; a quoted "<" in copy is followed by a space
// or a digit, not by one of these names.
const OPENS_AS_MARKUP =
  /^<(?:!doctype\s+html|!--|(?:html|head|body|meta|title|link|article|main|header|section|div|p|h[1-6]|ul|ol|table|span|a)[\s>/])/i;
/** Closing tags needed besides the opening: a page's source has many, an article quoting "<div>" none. */
const MIN_CLOSING_TAGS = 2;

/**
 * A page's HTML source, whatever the file is called or wherever it was pasted: a `.html`/`.htm`
 * file, or text that opens as markup and closes at least two elements (not in a `.md` file, where
 * HTML blocks are part of the Markdown). Read as text, such a
 * "story" is stored with its tags (a title of `<html><head>…`, a summary of markup), so a `.txt`
 * holding it is read as the page it is, and chat refuses a pasted page with what to paste instead.
 * One bounded scan: the text's opening and its count of "</" (linear on hostile input).
 */
export function isHtmlSource(path: string | undefined, text: string): boolean {
  if (path !== undefined && isHtmlFile(path)) return true;
  if (path !== undefined && extname(path).toLowerCase() === '.md') return false;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!OPENS_AS_MARKUP.test(start.slice(0, 40))) return false;
  let closing = 0;
  for (let at = start.indexOf('</'); at !== -1 && closing < MIN_CLOSING_TAGS; at = start.indexOf('</', at + 2)) {
    if (/[a-z]/i.test(start[at + 2] ?? '')) closing++;
  }
  return closing >= MIN_CLOSING_TAGS;
}
