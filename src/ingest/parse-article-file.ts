import { basename, extname } from 'node:path';
import { isHtmlSource } from './html-source';
import { htmlToText } from './html-to-text';
import { fileSource, firstLine, parseTextFile, shortTitle } from './parse-text-file';
import { withHeadline } from './with-headline';

export interface ParsedArticleFile {
  title: string;
  text: string;
  byline: string | null;
  publishedAt: string | null;
  /** What the file said that was left out, and why, told to the person ingesting it. */
  note?: string;
  /** articleTextProblem(text) when the parser ran it already ('' for none): the pool's job, off the main thread. */
  textProblem?: string;
}

/**
 * Title and body from a decoded file. .txt/.md: the first non-blank line is the headline (a
 * Markdown '#' is dropped); .html/.htm, or any file holding a page's source (html-source): simple
 * extraction (html-to-text). Returns an error when there is no article text. `zone` is NEWSBRIEF_TZ, in which a
 * text file's front matter time with no zone is read.
 */
export function parseArticleFile(path: string, raw: string, zone: string): ParsedArticleFile | { error: string } {
  if (!isHtmlSource(path, raw)) return parseTextFile(path, raw, zone);
  const page = htmlToText(fileSource(raw));
  if (page.refused) return { error: `no article read from the HTML: ${page.refused}` };
  if (!page.text.trim()) return { error: 'no article text found in the HTML (no paragraphs)' };
  const title = shortTitle(page.title || firstLine(page.text) || basename(path, extname(path).toLowerCase()));
  return { ...page, title, text: withHeadline(title, page.text) };
}
