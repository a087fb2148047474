import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isBoilerplateLine } from '../core/copy-furniture';
import { trustedCanonicalUrl } from './article-url';
import { FetchError } from './fetch-error';
import { type MetaDocument, readPageMetadata } from './page-metadata';

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
  contains(other: DomElement): boolean;
  remove(): void;
}

/** Story text and metadata from an article page; throws FetchError('no_article') for other pages. */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as MetaDocument & {
    querySelectorAll(s: string): Iterable<DomElement>;
    title: string;
  };
  const meta = readPageMetadata(doc);
  removeFurniture(doc);
  const parsed = new Readability<DomElement>(document as never, {
    serializer: (node) => node as unknown as DomElement,
    charThreshold: 300,
  }).parse();
  const title = meta.title ?? parsed?.title?.trim() ?? '';
  const byline = meta.byline ?? cleanByline(parsed?.byline);
  const paragraphs = parsed?.content ? bodyParagraphs(parsed.content, title, byline) : [];
  // Only prose counts: a list of thirty headlines is an index page, however long.
  const bodyChars = paragraphs.filter((p) => p.split(' ').length >= MIN_PROSE_WORDS).reduce((n, p) => n + p.length, 0);
  if (!title || bodyChars < MIN_BODY_CHARS) {
    throw new FetchError(
      'no_article',
      `No article found at ${pageUrl}: the page has ${bodyChars === 0 ? 'no' : 'too little'} story text (it looks like an index, search or login page).`,
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
  // A block inside another collected block (p inside blockquote) is already in its parent's text.
  const outer = blocks.filter((b) => !blocks.some((other) => other !== b && other.contains(b)));
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
