import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FeedPoller } from '../../src/ingest/feed-poller';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { atomFeed, storyPage } from './feed-fixtures';
import { type LocalServer, type Route, startLocalServer } from './local-http-server';
import { startTestPoller } from './test-poller';

const now = () => new Date('2026-03-15T08:00:00Z');
let server: LocalServer;
let store: AsyncStore;
let poller: FeedPoller;
let releaseStalled: () => void;
const page =
  (title: string, lead: string): Route =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(storyPage(title, lead));

beforeEach(async () => {
  const stalled = new Promise<void>((resolve) => {
    releaseStalled = resolve;
  });
  store = openAsyncSqliteStore({ path: ':memory:', now });
  server = await startLocalServer({
    // A feed whose server answers only when the test lets it: a stalled newsroom CMS.
    '/stalled.xml': async (_req, res) => {
      await stalled;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel/></rss>');
    },
    '/atom.xml': (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atomFeed(server.origin)),
    '/stories/harbour-levy': page(
      'Mayor proposes new harbour levy',
      'The mayor has proposed a levy on harbour berths.',
    ),
    '/stories/library-hours': page('Library hours to be cut on Sundays', 'Libraries will close on Sundays from May.'),
  });
  poller = startTestPoller(store, now);
});
afterEach(async () => {
  releaseStalled();
  await poller.stop();
  await server.close();
  store.close();
});

/** Resolves once `check` holds, or rejects after `ms`: a bound on waiting, not a speed claim. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

it('a stalled feed does not hold the feeds after it: their stories are stored while it hangs', async () => {
  await store.feeds.subscribe({ url: `${server.origin}/stalled.xml`, channelId: 'slack:C0NEWS', addedBy: 'U1' });
  await store.feeds.subscribe({ url: `${server.origin}/atom.xml`, channelId: 'slack:C0NEWS', addedBy: 'U1' });
  const pass = poller.pollNow();
  await eventually(async () => (await store.articles.count()) === 2, 5_000);
  expect(server.requests.map((r) => r.path)).toContain('/stalled.xml');
  releaseStalled();
  const results = await pass;
  expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
  expect(results.map((r) => r.ingested)).toEqual([0, 2]);
});
