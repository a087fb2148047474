import type { Logger } from 'pino';
import type { AddArticleResult, NewArticle } from '../store/article-repository';
import type { AsyncStore } from '../store/async/async-store';
import type { Feed } from '../store/feed-repository';
import { createArticleFetcher } from './fetch-article';
import { type FeedParsers, type FeedPollResult, pollFeed } from './poll-feed';
import type { SafeFetch } from './safe-fetch';

export interface FeedPollerOptions {
  store: Pick<AsyncStore, 'feeds'>;
  /** The shared safe fetch (SSRF guard, size cap, timeout) for feeds and their items' pages. */
  fetcher: SafeFetch;
  logger: Logger;
  /** NEWSBRIEF_FEED_POLL_MINUTES: how often each feed is polled when it is healthy. */
  intervalMinutes: number;
  now?: () => Date;
  /** Stores an item, analysed (`app.ingest`): the one way articles are stored. */
  ingest: (article: NewArticle) => Promise<AddArticleResult>;
  /** Defaults to an article fetcher over `fetcher`. */
  fetchArticle?: (url: string) => Promise<NewArticle>;
  /** Feed parsing (the worker pool's in the bot); on this thread by default. */
  parse?: FeedParsers;
  /** How often to look for due feeds (a new feed is polled within this time). Default 60 s. */
  checkEveryMs?: number;
  maxItemsPerPoll?: number;
  firstPollItems?: number;
  /** Poll due feeds right after start (default true; tests drive pollNow themselves). */
  pollOnStart?: boolean;
}

export interface FeedPoller {
  /** Polls every due feed now, a leased batch at a time, and resolves when done; used by tests and on start. */
  pollNow(): Promise<FeedPollResult[]>;
  /** Stops polling; resolves once a poll in flight has finished (so the store can be closed). */
  stop(): Promise<void>;
}

/** How long a replica holds feeds it took; one that dies leaves them due again after this. */
const POLL_LEASE_MS = 10 * 60_000;
const LEASE_BATCH = 5;

/**
 * Polls followed feeds on their schedule: each feed has its own next-poll time (interval when
 * healthy, doubling backoff when failing), and a check runs every minute for feeds that are due.
 * Ticks never overlap; a tick that finds work already running is skipped.
 */
export function startFeedPoller(options: FeedPollerOptions): FeedPoller {
  const { store, logger } = options;
  const now = options.now ?? (() => new Date());
  const deps = {
    store,
    logger,
    now,
    fetch: options.fetcher,
    fetchArticle: options.fetchArticle ?? createArticleFetcher({ fetch: options.fetcher, logger }),
    ingest: options.ingest,
    intervalMinutes: options.intervalMinutes,
    maxItemsPerPoll: options.maxItemsPerPoll,
    parse: options.parse,
    firstPollItems: options.firstPollItems,
  };
  let running: Promise<FeedPollResult[]> | null = null;
  let stopped = false;

  async function pollDue(): Promise<FeedPollResult[]> {
    const results: FeedPollResult[] = [];
    const polled = new Set<number>();
    // A few due feeds at a time, each leased so a replica polling at the same moment takes
    // others; a poll records the real next time. Leasing them all at once would let the lease of
    // the last ones run out while this replica is still busy with the first.
    while (!stopped) {
      // How long, not until when: a shared store times the lease on its own clock.
      // Feeds polled already in this pass are not leased again: a lease would push their next poll
      // (the one their poll just recorded) out by the lease, and this pass would not poll them.
      const batch = await store.feeds.leaseDueForPoll(POLL_LEASE_MS, LEASE_BATCH, [...polled]);
      if (batch.length === 0) break;
      for (const feed of batch) polled.add(feed.id);
      results.push(...(await pollTogether(stopped ? [] : batch)));
    }
    if (results.length > 0) {
      logger.info({ polled: results.length, ingested: results.reduce((n, r) => n + r.ingested, 0) }, 'feeds polled');
    }
    return results;
  }

  // A batch's feeds are polled side by side: one feed whose server stalls until the fetch timeout
  // would otherwise hold every feed leased after it. All settle before the next lease (and before
  // stop() resolves), so none is still writing when the store closes.
  async function pollTogether(batch: Feed[]): Promise<FeedPollResult[]> {
    const settled = await Promise.allSettled(batch.map((feed) => pollFeed(feed, deps)));
    return settled.map((outcome) => {
      if (outcome.status === 'rejected') throw outcome.reason;
      return outcome.value;
    });
  }

  function pollNow(): Promise<FeedPollResult[]> {
    if (running) return running;
    running = pollDue().finally(() => {
      running = null;
    });
    return running;
  }

  const tick = () => {
    if (running || stopped) return;
    pollNow().catch((error: unknown) =>
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'feed poll tick failed'),
    );
  };
  const timer = setInterval(tick, options.checkEveryMs ?? 60_000);
  timer.unref();
  if (options.pollOnStart ?? true) setImmediate(tick);

  return {
    pollNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
