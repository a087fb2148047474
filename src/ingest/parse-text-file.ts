import { basename, extname } from 'node:path';
import type { ParsedArticleFile } from './parse-article-file';
import { textByline } from './text-byline';

const MAX_TITLE = 300;

/** .html/.htm files need the DOM (parse-article-file); every other file is read as text here. */
export function isHtmlFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm';
}

/** A decoded file without its byte-order mark, with Unix line ends. */
export function fileSource(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Title and body of a .txt/.md file (or any non-HTML one): the first non-blank line is the
 * headline (a Markdown '#' is dropped); a "By …" line under it is also the byline. Apart from parse-article-file so that reading a text
 * file never loads the DOM library the HTML branch needs (~11 MB in the ingest worker).
 */
export function parseTextFile(path: string, raw: string): ParsedArticleFile {
  const ext = extname(path).toLowerCase();
  const source = fileSource(raw);
  const text = ext === '.md' ? source.replace(/^#{1,6}[ \t]+/gm, '') : source;
  const title = shortTitle(firstLine(text) || basename(path, ext));
  return { title, text: text.trim(), byline: textByline(text) ?? null, publishedAt: null };
}

export function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').replace(/\s+/g, ' ').trim();
}

export function shortTitle(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}
