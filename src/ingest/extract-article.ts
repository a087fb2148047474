import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isBoilerplateLine } from '../core/copy-furniture';
import { trustedCanonicalUrl } from './article-url';
import { FetchError } from './fetch-error';
import { type MetaDocument, readPageMetadata } from './page-metadata';
import { MAX_ELEMENTS, measurePageShape, outermostBlocks } from './page-shape';

export interface ExtractedArticle {
  title: string;
  /** Headline, blank line, then one paragraph per block (the format every ingest path stores). */
  text: string;
  byline: string | null;
  publishedAt: string | null;
  /** Canonical URL when the page names one on its own site, else the fetched URL. */
  url: string;
  siteName: string | null;
}

/** Less running text than this is a section front, a search or login page, not a story. */
const MIN_BODY_CHARS = 400;
const MIN_PROSE_WORDS = 12;
/** Reading one page never takes longer than this; the pool's per-job budget backs it up. */
const DEFAULT_BUDGET_MS = 5_000;

// Furniture removed before Readability scores the page: it must never reach the body text.
const FURNITURE =
  'script, style, noscript, template, nav, aside, footer, form, figure, figcaption, iframe, svg, button, ' +
  '[role="navigation"], [role="complementary"], [role="contentinfo"], [hidden], [aria-hidden="true"]';
const FURNITURE_TOKEN =
  /(?:^|[\s_-])(?:related|promo|recommend\w*|newsletter|share|sharing|social|advert\w*|ads?|sponsor\w*|comments?|credits?|caption|breadcrumbs?|byline|most-?read|popular|outbrain|taboola|subscribe|signup|paywall|cookie|read-?more|more-stories|tags)(?:$|[\s_-])/i;

interface DomElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

/**
 * Story text and metadata from an article page; throws FetchError('no_article') ("No article
 * found at <url>: …") for other pages, for empty or plain-text ones, for pages nested or sized
 * beyond what a story needs, and for pages that take longer than `budgetMs` to read.
 */
export function extractArticle(html: string, pageUrl: string, budgetMs = DEFAULT_BUDGET_MS): ExtractedArticle {
  const noArticle = (why: string) => new FetchError('no_article', `No article found at ${pageUrl}: ${why}.`);
  const deadline = Date.now() + budgetMs;
  const checkTime = () => {
    if (Date.now() > deadline) throw noArticle(`the page took longer than ${budgetMs / 1000} s to read`);
  };
  const shape = measurePageShape(html);
  if (shape.problem) throw noArticle(shape.problem);
  // Readability needs a whole document; an empty, doctype-only or plain-text body gives none.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  let parsed: ReturnType<Readability<DomElement>['parse']>;
  let meta: ReturnType<typeof readPageMetadata>;
  try {
    ({ meta, parsed } = readWithReadability(page, checkTime));
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw noArticle('the page could not be read as an article');
  }
  checkTime();
  const title = meta.title ?? parsed?.title?.trim() ?? '';
  const byline = meta.byline ?? cleanByline(parsed?.byline);
  const paragraphs = parsed?.content ? bodyParagraphs(parsed.content, title, byline) : [];
  // Only prose counts: a list of thirty headlines is an index page, however long.
  const bodyChars = paragraphs.filter((p) => p.split(' ').length >= MIN_PROSE_WORDS).reduce((n, p) => n + p.length, 0);
  if (!title || bodyChars < MIN_BODY_CHARS) {
    throw noArticle(
      `the page has ${bodyChars === 0 ? 'no' : 'too little'} story text (it looks like an index, search or login page)`,
    );
  }
  return {
    title,
    text: [title, ...paragraphs].join('\n\n'),
    byline,
    publishedAt: meta.publishedAt ?? toIso(parsed?.publishedTime),
    url: trustedCanonicalUrl(meta.canonicalUrl, pageUrl),
    siteName: meta.siteName ?? parsed?.siteName?.trim() ?? null,
  };
}

function readWithReadability(page: string, checkTime: () => void) {
  const { document } = parseHTML(page);
  const doc = document as unknown as MetaDocument & {
    querySelectorAll(s: string): Iterable<DomElement>;
    title: string;
  };
  const meta = readPageMetadata(doc);
  checkTime();
  removeFurniture(doc);
  checkTime();
  const parsed = new Readability<DomElement>(document as never, {
    serializer: (node) => node as unknown as DomElement,
    charThreshold: 300,
    maxElemsToParse: MAX_ELEMENTS,
  }).parse();
  return { meta, parsed };
}

function removeFurniture(doc: { querySelectorAll(s: string): Iterable<DomElement> }): void {
  for (const el of [...doc.querySelectorAll(FURNITURE)]) el.remove();
  // The site masthead is furniture; an <header> inside the story (headline, standfirst) is not.
  for (const el of [...doc.querySelectorAll('header')]) if (!el.closest('article, main')) el.remove();
  const paragraphCount = [...doc.querySelectorAll('p')].length;
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    if (/^(?:HTML|BODY|ARTICLE|MAIN)$/i.test(el.tagName)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!FURNITURE_TOKEN.test(names)) continue;
    // A wrapper that holds most of the story ("story has-comments") is not furniture.
    if ([...el.querySelectorAll('p')].length * 2 > paragraphCount) continue;
    el.remove();
  }
}

function bodyParagraphs(content: DomElement, title: string, byline: string | null): string[] {
  const blocks = [...content.querySelectorAll('p, blockquote, h2, h3, h4, li, pre')];
  const outer = outermostBlocks(blocks);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const block of outer) {
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (
      !text ||
      seen.has(text) ||
      text === title ||
      (byline && text.includes(byline) && text.length < byline.length + 20)
    )
      continue;
    if (isBoilerplateLine(text) || linkShare(block, text.length) > 0.5) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}

/** How much of a block is link text: promos and "related" lists are mostly links, prose is not. */
function linkShare(block: DomElement, length: number): number {
  let linked = 0;
  for (const a of block.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return length === 0 ? 0 : linked / length;
}

function cleanByline(value: string | null | undefined): string | null {
  const text = value
    ?.replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  return text ? text.slice(0, 200) : null;
}

function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
