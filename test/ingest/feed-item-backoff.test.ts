import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import type { FeedPoller } from '../../src/ingest/feed-poller';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { rssFeed, storyPage } from './feed-fixtures';
import { type LocalServer, startLocalServer } from './local-http-server';
import { startTestPoller } from './test-poller';

const CHANNEL = 'slack:C0NEWS';
const START = Date.parse('2026-03-15T08:00:00Z');
let clock = START;
const now = () => new Date(clock);

let server: LocalServer;
let store: AsyncStore;
let poller: FeedPoller;
/** The bridge story's page answers 503 while the site is down; the feed itself stays up. */
let siteDown = true;
beforeEach(async () => {
  clock = START;
  siteDown = true;
  store = openAsyncSqliteStore({ path: ':memory:', now });
  server = await startLocalServer({
    // No ETag: every poll reads the items again, as a feed whose newest items change would.
    '/rss.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(server.origin)),
    '/stories/bridge': (_q, res) =>
      siteDown
        ? res.writeHead(503).end()
        : res
            .writeHead(200, { 'content-type': 'text/html' })
            .end(storyPage('Bridge closure extended to April', 'The Old Town bridge will stay closed until April.')),
    '/stories/school-meals': (_q, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(storyPage('School meals contract goes to tender', 'The meals contract will be put out to tender.')),
  });
  await store.feeds.subscribe({ url: `${server.origin}/rss.xml`, channelId: CHANNEL, addedBy: 'U1' });
  poller = startTestPoller(store, now);
});
afterEach(async () => {
  await poller.stop();
  await server.close();
  store.close();
});

/** Requests for the failing page. */
const bridgeTries = () => server.requests.filter((r) => r.path.startsWith('/stories/bridge'));

/** Polls every `step` minutes up to `until`, noting the minute of each bridge page request. */
async function pollEvery(step: number, until: number, onPoll?: (minute: number) => void): Promise<number[]> {
  const tries: number[] = [];
  for (let minute = (clock - START) / 60_000; minute <= until; minute += step) {
    clock = START + minute * 60_000;
    onPoll?.(minute);
    const before = bridgeTries().length;
    await poller.pollNow();
    if (bridgeTries().length > before) tries.push(minute);
  }
  return tries;
}

describe('a feed item whose page fails', () => {
  it('is retried with back-off (interval × 2^failures) and stored once the site is back after 45 minutes', async () => {
    const tries = await pollEvery(15, 120, (minute) => {
      if (minute >= 50) siteDown = false;
    });
    // Tried at 0, then 30 minutes after the first failure, then 60 after that: not every 15-minute poll.
    expect(tries).toEqual([0, 30, 90]);
    const stored = await store.feeds.newItemsSince(CHANNEL, '2000-01-01T00:00:00Z');
    expect(stored.map((i) => i.title)).toContain('Bridge closure extended to April');
    const [feed] = await store.feeds.listForChannel(CHANNEL);
    expect(feed?.givenUpItems).toBe(0);
  });

  it('is given up once its failures span 3 days, then counted in `feed list` and not tried again', async () => {
    const tries = await pollEvery(60, 7 * 24 * 60);
    // Waits of 30, 60, 120 … minutes, capped at a day; the try due 79.5 hours in is the last.
    expect(tries).toEqual([0, 60, 120, 240, 480, 960, 1920, 3360, 4800]);
    const [feed] = await store.feeds.listForChannel(CHANNEL);
    expect(feed?.givenUpItems).toBe(1);
    const app = createNewsbriefApp({ store, logger: silentLogger(), now });
    const list = await runBriefCommand('feed list', { channelId: CHANNEL, userId: 'U1', app });
    expect(list.sections[0]?.items[0]?.note).toContain('1 story given up (page failed for 3 days)');
  });
});
