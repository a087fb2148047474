import { parseHTML } from 'linkedom';
import { measurePageShape, outermostBlocks } from './page-shape';
import { textByline } from './text-byline';

export interface HtmlArticle {
  title: string;
  /** Headline, blank line, then one paragraph per block; empty when the page has no text. */
  text: string;
  /** Why the page was not read (too deeply nested, too many elements); text is then empty. */
  refused?: string;
  byline: string | null;
  publishedAt: string | null;
}

// Page furniture whose paragraphs are not the story.
const NOT_BODY =
  'script, style, noscript, template, nav, header, footer, aside, form, figure, iframe, svg, [hidden], [aria-hidden="true"]';

/**
 * A deliberately simple extraction for saved .html files: title from meta/<title>/<h1>, body from
 * the <p> and <blockquote> blocks of <article> (or <main>, or the page). Full readability
 * extraction for fetched URLs lives in extract-article.ts; this file can be swapped for it.
 */
export function htmlToText(html: string): HtmlArticle {
  const shape = measurePageShape(html);
  if (shape.problem) return { title: '', text: '', byline: null, publishedAt: null, refused: shape.problem };
  // linkedom builds no <html>/<body> for a bare fragment, so give it a whole page.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content') ?? '');
  const title =
    meta('meta[property="og:title"]') ||
    clean(document.querySelector('article h1')?.textContent ?? '') ||
    clean(document.querySelector('title')?.textContent ?? '') ||
    clean(document.querySelector('h1')?.textContent ?? '');
  for (const node of [...document.querySelectorAll(NOT_BODY)]) node.remove();
  const root =
    document.querySelector('article') ?? document.querySelector('main') ?? document.body ?? document.documentElement;
  const blocks = root ? [...root.querySelectorAll('p, blockquote, h2, h3, li')] : [];
  const outer = outermostBlocks(blocks);
  const paragraphs = outer.map((b) => clean(b.textContent ?? '')).filter(Boolean);
  const published =
    meta('meta[property="article:published_time"]') ||
    (document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
  const text = paragraphs.length > 0 ? [title, ...paragraphs].filter(Boolean).join('\n\n') : '';
  return {
    title,
    text,
    // A saved page without an author tag may still open its story with a "By <Name>" paragraph: the
    // byline, read as a .txt file's is (the paragraph stays in the text, as there).
    byline: meta('meta[name="author"]') || textByline(text) || null,
    publishedAt: toIso(published),
  };
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function toIso(value: string): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
