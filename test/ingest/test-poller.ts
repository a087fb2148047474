import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { type FeedPoller, startFeedPoller } from '../../src/ingest/feed-poller';
import { createSafeFetch } from '../../src/ingest/safe-fetch';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';

/** A poller over the real app's ingest, polled only when a test says so (loopback servers allowed). */
export function startTestPoller(store: AsyncStore, now: () => Date): FeedPoller {
  return startFeedPoller({
    store,
    ingest: createNewsbriefApp({ store, logger: silentLogger(), now }).ingest,
    logger: silentLogger(),
    now,
    intervalMinutes: 15,
    pollOnStart: false,
    checkEveryMs: 3_600_000,
    fetcher: createSafeFetch({ allowPrivate: true }),
  });
}
