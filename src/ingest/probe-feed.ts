import { Parser } from 'htmlparser2';
import { FEED_MEDIA_TYPES } from './feed-media-types';
import { type FetchError, findFetchError } from './fetch-error';
import type { ParsedFeed } from './read-feed';
import type { SafeFetch } from './safe-fetch';

export interface FeedProbeOptions {
  fetch: SafeFetch;
  /** The poller's parser (the bot runs it in the worker pool). */
  readFeed: (xml: string, feedUrl: string) => Promise<ParsedFeed> | ParsedFeed;
}

export type FeedProbeResult =
  | { ok: true; title: string | null }
  /** `reason` is written for the person who typed the link; `feedLink` is the feed a web page names. */
  | { ok: false; reason: string; feedLink?: string };

export type FeedProbe = (url: string) => Promise<FeedProbeResult>;

const PAGE_TYPES = ['text/html', 'application/xhtml+xml'];
const FEED_LINK_TYPE = /^application\/(?:rss|atom)\+xml$/i;

/**
 * Reads a feed once as `/brief feed add` is typed, so a link that 404s or a web page given for its
 * feed is refused then, with the reason, instead of being followed and failing quietly in
 * `feed list`. A page that names its feed (`<link rel="alternate" type="application/rss+xml">`)
 * gets that address back, which is what the person meant to follow.
 */
export function createFeedProbe(options: FeedProbeOptions): FeedProbe {
  return async (url) => {
    try {
      // Pages are accepted here only to say what they are: the poller fetches feed types alone.
      const response = await options.fetch(url, {
        accept: [...FEED_MEDIA_TYPES, ...PAGE_TYPES],
        expecting: 'an RSS or Atom feed',
      });
      const type = response.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (PAGE_TYPES.includes(type)) {
        const feedLink = feedLinkIn(response.body, response.url);
        return feedLink
          ? { ok: false, reason: 'That is a web page, not a feed; the page names its feed.', feedLink }
          : {
              ok: false,
              reason:
                'That is a web page, not an RSS or Atom feed, and it names no feed: give the feed’s own address (often …/rss or …/feed).',
            };
      }
      const feed = await options.readFeed(response.body, response.url);
      return { ok: true, title: feed.title };
    } catch (error) {
      const known = findFetchError(error);
      if (known) return { ok: false, reason: reasonFor(known) };
      throw error;
    }
  };
}

/**
 * The reply already names the address, so the parser's "<url> is not …" would say it twice; a
 * feed that is briefly down (timeout, network, 429/5xx) was refused as if the link were wrong.
 */
function reasonFor(error: FetchError): string {
  if (error.code === 'not_a_feed') return 'It is not an RSS or Atom feed.';
  const transient =
    error.code === 'timeout' ||
    error.code === 'network' ||
    (error.code === 'http_status' && /\bHTTP (?:429|5\d\d)\b/.test(error.message));
  return transient ? `${error.message} Try again later; the link may be right.` : error.message;
}

/**
 * A page's feed <link> sits in its <head>; the body (up to NEWSBRIEF_FETCH_MAX_MB, parsed on the
 * bot's main thread) is not read, and parsing stops at the first feed found.
 */
const HEAD_END = /<\/head\s*>|<body[\s>/]/i;

/** The first RSS or Atom feed a page advertises, as an absolute http(s) address. */
function feedLinkIn(html: string, pageUrl: string): string | undefined {
  let found: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (found || name !== 'link') return;
      const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('alternate') || !FEED_LINK_TYPE.test((attributes.type ?? '').trim())) return;
      try {
        const href = new URL(attributes.href ?? '', pageUrl);
        if (href.protocol === 'http:' || href.protocol === 'https:') {
          found = href.toString();
          parser.pause();
        }
      } catch {
        // An unusable href is passed over like a missing one.
      }
    },
  });
  const end = HEAD_END.exec(html)?.index;
  parser.end(end === undefined ? html : html.slice(0, end));
  return found;
}
