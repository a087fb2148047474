import { parseFeed } from '@rowanmanning/feed-parser';
import { contentHash } from '../store/content-hash';
import { normalizeArticleUrl } from './article-url';
import { FetchError } from './fetch-error';

export interface FeedEntry {
  /** Stable identity within the feed: guid/id, else link, else a hash of title + summary. */
  key: string;
  /** Changes when the publisher revises the item (Atom <updated>); null when the feed gives none. */
  version: string | null;
  title: string | null;
  /** Normalised http(s) link, or null. */
  link: string | null;
  /** Full HTML content (content:encoded / atom content), when the feed carries it. */
  contentHtml: string | null;
  publishedAt: string | null;
  byline: string | null;
}

export interface ParsedFeed {
  title: string | null;
  /** Newest first (undated entries keep feed order after dated ones). */
  entries: FeedEntry[];
}

const MAX_ENTRIES = 200;

/** RSS 2.0 / Atom text -> entries; throws FetchError('not_a_feed') for anything else. */
export function readFeed(xml: string, feedUrl: string): ParsedFeed {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(firstItems(xml, MAX_ENTRIES));
  } catch {
    throw new FetchError('not_a_feed', `${feedUrl} is not an RSS or Atom feed.`);
  }
  const entries = feed.items.slice(0, MAX_ENTRIES).map((item): FeedEntry => {
    const link = item.url ? resolveLink(item.url, feedUrl) : null;
    const published = item.published ?? item.updated;
    return {
      key: (item.id?.trim() || link || `hash:${contentHash(`${item.title ?? ''}\n${item.description ?? ''}`)}`).slice(
        0,
        500,
      ),
      version: item.updated?.toISOString() ?? null,
      title: item.title?.replace(/\s+/g, ' ').trim().slice(0, 300) || null,
      link,
      contentHtml: item.content ?? null,
      publishedAt: published ? published.toISOString() : null,
      byline:
        item.authors
          .map((a) => a.name)
          .filter(Boolean)
          .join(', ')
          .slice(0, 200) || null,
    };
  });
  const time = (e: FeedEntry) => (e.publishedAt ? Date.parse(e.publishedAt) : -Infinity);
  entries.sort((a, b) => time(b) - time(a));
  return { title: feed.title?.replace(/\s+/g, ' ').trim().slice(0, 200) || null, entries };
}

/**
 * The feed cut just before its (limit + 1)-th item or entry, so a 34,000-item feed costs what a
 * 200-item one does (the parser is lenient about the closing tags this removes). Items past the
 * limit were never read anyway: a poll takes the first ones in feed order.
 */
function firstItems(xml: string, limit: number): string {
  const opening = /<(?:[\w-]+:)?(?:item|entry)[\s>/]/giu;
  let seen = 0;
  for (let m = opening.exec(xml); m; m = opening.exec(xml)) {
    seen++;
    if (seen > limit) return xml.slice(0, m.index);
  }
  return xml;
}

function resolveLink(href: string, feedUrl: string): string | null {
  try {
    return normalizeArticleUrl(new URL(href, feedUrl).toString());
  } catch {
    return null;
  }
}
