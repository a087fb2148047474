import type { Logger } from 'pino';
import type { AddArticleResult, NewArticle } from '../store/article-repository';
import type { AsyncStore } from '../store/async/async-store';
import type { Feed, FeedItemState } from '../store/feed-repository';
import { FEED_MEDIA_TYPES } from './feed-media-types';
import { findFetchError } from './fetch-error';
import type { HtmlArticle } from './html-to-text';
import { itemBackoff } from './item-backoff';
import type { FeedEntry, ParsedFeed } from './read-feed';
import { redactUrl } from './redact-url';
import { repairedWarning } from './repair-article-text';
import type { SafeFetch } from './safe-fetch';
import { urlForLog } from './url-for-log';
import { withHeadline } from './with-headline';

/** Feed and item parsing; the bot runs them in the worker pool, off the event loop. */
export interface FeedParsers {
  readFeed: (xml: string, feedUrl: string) => Promise<ParsedFeed> | ParsedFeed;
  htmlToText: (html: string) => Promise<HtmlArticle> | HtmlArticle;
}

/**
 * On this thread, each parser loads on first use: the bot passes the worker pool's, and the DOM
 * and feed libraries would otherwise stay resident on its main thread (~15 MB) unused.
 */
const IN_THREAD: FeedParsers = {
  readFeed: async (xml, feedUrl) => (await import('./read-feed')).readFeed(xml, feedUrl),
  htmlToText: async (html) => (await import('./html-to-text')).htmlToText(html),
};

export interface FeedPollDeps {
  /** Defaults to parsing on this thread. */
  parse?: FeedParsers;
  store: Pick<AsyncStore, 'feeds'>;
  fetch: SafeFetch;
  fetchArticle: (url: string) => Promise<NewArticle>;
  ingest: (article: NewArticle) => Promise<AddArticleResult>;
  logger: Logger;
  now: () => Date;
  intervalMinutes: number;
  /** Items ingested per poll; the rest wait for the next poll. */
  maxItemsPerPoll?: number;
  /** A newly followed feed ingests only its newest items; older ones are marked skipped. */
  firstPollItems?: number;
}

export interface FeedPollResult {
  feedId: number;
  status: 'ok' | 'not_modified' | 'failed';
  /** Items stored (created or updated) in this poll. */
  ingested: number;
  error?: string;
}

const MAX_BACKOFF_MINUTES = 24 * 60;
/** Feed content at least this long (and in paragraphs) is the article; no need to fetch the page. */
const FULL_TEXT_CHARS = 1200;
const FULL_TEXT_PARAGRAPHS = 4;

/** One poll: conditional GET, parse, ingest new or revised items, record state and backoff. */
export async function pollFeed(feed: Feed, deps: FeedPollDeps): Promise<FeedPollResult> {
  const { store, logger } = deps;
  const at = deps.now();
  const headers: Record<string, string> = {};
  if (feed.etag) headers['if-none-match'] = feed.etag;
  if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
  try {
    const response = await deps.fetch(feed.url, {
      accept: FEED_MEDIA_TYPES,
      expecting: 'an RSS or Atom feed',
      headers,
    });
    const next = addMinutes(at, deps.intervalMinutes);
    if (response.status === 304) {
      await store.feeds.recordPollSuccess(feed.id, {
        etag: feed.etag,
        lastModified: feed.lastModified,
        title: null,
        at: at.toISOString(),
        nextPollAt: next,
      });
      return { feedId: feed.id, status: 'not_modified', ingested: 0 };
    }
    const parsed = await (deps.parse ?? IN_THREAD).readFeed(response.body, response.url);
    const ingested = await ingestEntries(feed, parsed.entries, deps);
    await store.feeds.recordPollSuccess(feed.id, {
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      title: parsed.title,
      at: at.toISOString(),
      nextPollAt: next,
    });
    return { feedId: feed.id, status: 'ok', ingested };
  } catch (error) {
    const message = findFetchError(error)?.message ?? (error instanceof Error ? error.message : String(error));
    const backoff = Math.min(deps.intervalMinutes * 2 ** (feed.failureCount + 1), MAX_BACKOFF_MINUTES);
    await store.feeds.recordPollFailure(feed.id, {
      error: message.slice(0, 500),
      at: at.toISOString(),
      nextPollAt: addMinutes(at, backoff),
    });
    logger.warn(
      { feedId: feed.id, feedUrl: redactUrl(feed.url), err: message, retryInMinutes: backoff },
      'feed poll failed',
    );
    return { feedId: feed.id, status: 'failed', ingested: 0, error: message };
  }
}

async function ingestEntries(feed: Feed, entries: FeedEntry[], deps: FeedPollDeps): Promise<number> {
  const { store } = deps;
  const firstPoll = feed.lastSuccessAt === null;
  const budget = firstPoll ? (deps.firstPollItems ?? 10) : (deps.maxItemsPerPoll ?? 20);
  let taken = 0;
  let ingested = 0;
  for (const entry of entries) {
    const state = await store.feeds.itemState(feed.id, entry.key);
    if (
      state &&
      (wasDeleted(state) || (isSettled(state) && (entry.version === null || entry.version === state.version)))
    )
      continue;
    const backoff = itemBackoff(state, deps.now(), deps.intervalMinutes);
    if (!backoff.due) continue;
    const at = deps.now().toISOString();
    if (taken >= budget) {
      if (firstPoll)
        await store.feeds.recordItem(feed.id, entry.key, {
          articleId: null,
          outcome: 'skipped',
          version: entry.version,
          at,
        });
      continue;
    }
    taken++;
    try {
      const article = await articleFor(feed, entry, deps);
      if (!article) {
        await store.feeds.recordItem(feed.id, entry.key, {
          articleId: null,
          outcome: 'skipped',
          version: entry.version,
          error: 'no link and no full text',
          at,
        });
        continue;
      }
      const result = await deps.ingest(article);
      await store.feeds.recordItem(feed.id, entry.key, {
        articleId: result.article.id,
        outcome: result.outcome,
        version: entry.version,
        at,
      });
      if (result.outcome !== 'unchanged') ingested++;
      // A feed is polled unattended: the operator's log is the one place to say its copy came double-encoded.
      const repaired = repairedWarning(result.repaired);
      if (repaired)
        deps.logger.warn(
          {
            feedId: feed.id,
            item: urlForLog(entry.link) ?? entry.key,
            articleId: result.article.id,
            repaired: result.repaired,
          },
          `feed item ingested; ${repaired}`,
        );
    } catch (error) {
      const message = findFetchError(error)?.message ?? (error instanceof Error ? error.message : String(error));
      deps.logger.warn(
        { feedId: feed.id, item: urlForLog(entry.link) ?? entry.key, err: message },
        backoff.givesUpOnFailure ? 'feed item given up after 3 days of retries' : 'feed item not ingested',
      );
      await store.feeds.recordItem(feed.id, entry.key, {
        articleId: null,
        outcome: backoff.givesUpOnFailure ? 'gave_up' : 'failed',
        version: entry.version,
        error: message.slice(0, 500),
        at,
      });
    }
  }
  return ingested;
}

/** The item's own full text when the feed carries the whole story, else the fetched page. */
async function articleFor(feed: Feed, entry: FeedEntry, deps: FeedPollDeps): Promise<NewArticle | null> {
  const fromContent = entry.contentHtml
    ? (await (deps.parse ?? IN_THREAD).htmlToText(`<article>${entry.contentHtml}</article>`)).text
    : '';
  const paragraphs = fromContent.split('\n\n').filter((p) => p.trim());
  if (entry.title && fromContent.length >= FULL_TEXT_CHARS && paragraphs.length >= FULL_TEXT_PARAGRAPHS) {
    return {
      source: feed.url,
      url: entry.link,
      title: entry.title,
      text: withHeadline(entry.title, fromContent),
      byline: entry.byline,
      publishedAt: entry.publishedAt,
    };
  }
  if (!entry.link) return null;
  const page = await deps.fetchArticle(entry.link);
  return {
    ...page,
    source: feed.url,
    publishedAt: page.publishedAt ?? entry.publishedAt,
    byline: page.byline ?? entry.byline,
  };
}

/**
 * Stored once, then deleted (`newsbrief delete` clears the item's story id): the newsroom took the
 * story down, so no later poll brings it back, not even a new version of the item. Without this
 * the next poll of a feed still listing it stored it again within minutes.
 */
function wasDeleted(state: FeedItemState): boolean {
  return (
    state.articleId === null &&
    (state.outcome === 'created' || state.outcome === 'updated' || state.outcome === 'unchanged')
  );
}

function isSettled(state: FeedItemState): boolean {
  return state.articleId !== null || state.outcome === 'skipped' || state.outcome === 'gave_up';
}

function addMinutes(date: Date, minutes: number): string {
  return new Date(date.getTime() + minutes * 60_000).toISOString();
}
