import { basename, extname } from 'node:path';
import { visibleText } from '../core/visible-text';
import { frontMatterHeadline } from './front-matter-headline';
import { frontMatterInstant } from './front-matter-instant';
import { markdownFrontMatter } from './markdown-front-matter';
import type { ParsedArticleFile } from './parse-article-file';
import { textByline } from './text-byline';

const MAX_TITLE = 300;
const EMPTY_BODY = 'not an article: the file holds only its front matter; the body after it is empty';

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
 * file never loads the DOM library the HTML branch needs (~11 MB in the ingest worker). `zone` (NEWSBRIEF_TZ) reads
 * a front matter's time written with no zone.
 */
export function parseTextFile(path: string, raw: string, zone: string): ParsedArticleFile {
  const ext = extname(path).toLowerCase();
  const front = ext === '.md' ? markdownFrontMatter(fileSource(raw)) : undefined;
  const source = front ? front.body : fileSource(raw);
  const body = ext === '.md' ? source.replace(/^#{1,6}[ \t]+/gm, '') : source;
  // A body opening with a Markdown heading has its headline there; otherwise a front matter's
  // title is the headline the stored text opens with, as a page's is.
  const headline = /^\s*#{1,6}[ \t]+\S/.test(source) ? undefined : front?.title;
  const title = shortTitle(headline || firstLine(body) || basename(path, ext));
  const text = headline ? frontMatterHeadline(title, body) : body.trim();
  const published = front?.date ? frontMatterInstant(front.date, zone) : Number.NaN;
  return {
    title,
    text,
    byline: front?.author || (textByline(text) ?? null),
    publishedAt: Number.isNaN(published) ? null : new Date(published).toISOString(),
    ...(front?.note ? { note: front.note } : {}),
    // Front matter and nothing after it: said as such, not as a text as short as the title (B-r45-17).
    ...(front && body.trim() === '' ? { textProblem: EMPTY_BODY } : {}),
  };
}

/** The first line as read: a bold headline's "**" markers are markup (core/visible-text.ts), not its words. */
export function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return visibleText(line).text.replace(/\s+/g, ' ').trim();
}

export function shortTitle(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}
