import { basename, extname } from 'node:path';
import { htmlToText } from './html-to-text';
import { withHeadline } from './with-headline';

export interface ParsedArticleFile {
  title: string;
  text: string;
  byline: string | null;
  publishedAt: string | null;
}

const MAX_TITLE = 300;

/**
 * Title and body from a decoded file. .txt/.md: the first non-blank line is the headline (a
 * Markdown '#' is dropped); .html/.htm: simple extraction (html-to-text). Returns an error when
 * there is no article text.
 */
export function parseArticleFile(path: string, raw: string): ParsedArticleFile | { error: string } {
  const ext = extname(path).toLowerCase();
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (ext === '.html' || ext === '.htm') {
    const page = htmlToText(source);
    if (page.refused) return { error: `no article read from the HTML: ${page.refused}` };
    if (!page.text.trim()) return { error: 'no article text found in the HTML (no paragraphs)' };
    const title = shorten(page.title || firstLine(page.text) || basename(path, ext));
    return { ...page, title, text: withHeadline(title, page.text) };
  }
  const text = ext === '.md' ? source.replace(/^#{1,6}[ \t]+/gm, '') : source;
  const title = shorten(firstLine(text) || basename(path, ext));
  return { title, text: text.trim(), byline: null, publishedAt: null };
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').replace(/\s+/g, ' ').trim();
}

function shorten(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}
