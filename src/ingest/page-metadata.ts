/** Minimal DOM surface we read (linkedom's document; the project compiles without the DOM lib). */
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): Iterable<MetaElement>;
}

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** ISO 8601, or null when the page gives no parseable date. */
  publishedAt: string | null;
  /** As the page states it (untrusted: see trustedCanonicalUrl). */
  canonicalUrl: string | null;
  siteName: string | null;
  /** JSON-LD declares an article type (NewsArticle, BlogPosting, …). */
  declaresArticle: boolean;
}

const ARTICLE_TYPES = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;
const MAX_FIELD = 400;

type JsonNode = Record<string, unknown>;

/** Title, byline, date, canonical URL and site name from JSON-LD, then OpenGraph, then plain meta tags. */
export function readPageMetadata(document: MetaDocument): PageMetadata {
  const ld = findArticleJsonLd(document);
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content'));
  const publisher = asNode(ld?.publisher);
  return {
    title:
      clean(ld?.headline) ??
      meta('meta[property="og:title"]') ??
      meta('meta[name="twitter:title"]') ??
      clean(document.querySelector('title')?.textContent),
    byline: cleanByline(names(ld?.author) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]')),
    publishedAt: toIso(
      clean(ld?.datePublished) ??
        meta('meta[property="article:published_time"]') ??
        meta('meta[itemprop="datePublished"]') ??
        meta('meta[name="pubdate"]') ??
        meta('meta[name="date"]') ??
        clean(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    ),
    canonicalUrl:
      clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      meta('meta[property="og:url"]') ??
      clean(ld?.url) ??
      clean(typeof ld?.mainEntityOfPage === 'string' ? ld.mainEntityOfPage : asNode(ld?.mainEntityOfPage)?.['@id']),
    siteName: meta('meta[property="og:site_name"]') ?? clean(publisher?.name) ?? meta('meta[name="application-name"]'),
    declaresArticle: ld !== undefined,
  };
}

function findArticleJsonLd(document: MetaDocument): JsonNode | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the other sources still work.
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      const node = asNode(item);
      if (!node) continue;
      if (Array.isArray(node['@graph'])) queue.push(...node['@graph']);
      const types = ([] as unknown[]).concat(node['@type']);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return node;
    }
  }
  return undefined;
}

function asNode(value: unknown): JsonNode | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonNode) : undefined;
}

/** author may be "Jane", {name}, or an array of either. */
function names(value: unknown): string | null {
  const list = ([] as unknown[])
    .concat(value ?? [])
    .map((a) => (typeof a === 'string' ? a : asNode(a)?.name))
    .map(clean)
    .filter((n): n is string => !!n);
  return list.length > 0 ? list.join(', ') : null;
}

function cleanByline(value: string | null): string | null {
  if (!value || /^https?:\/\//i.test(value)) return null;
  return value.replace(/^by\s+/i, '').trim() || null;
}

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);
  return text === '' ? null : text;
}

function toIso(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
