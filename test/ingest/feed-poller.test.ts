import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { type FeedPoller, startFeedPoller } from '../../src/ingest/feed-poller';
import { createArticleFetcher } from '../../src/ingest/fetch-article';
import { createSafeFetch, type SafeFetchOptions } from '../../src/ingest/safe-fetch';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { atomFeed, rssFeed, storyPage } from './feed-fixtures';
import { type LocalServer, type Route, startLocalServer } from './local-http-server';

const CHANNEL = 'slack:C0NEWS';
const logger = silentLogger();
let clock = Date.parse('2026-03-15T08:00:00Z');
const now = () => new Date(clock);
const advanceMinutes = (m: number) => {
  clock += m * 60_000;
};

/** Serves a document with an ETag and Last-Modified, answering 304 to a matching conditional GET. */
function conditional(type: string, body: () => string, etag: string): Route {
  return (req, res) => {
    const lastModified = 'Sat, 14 Mar 2026 12:00:00 GMT';
    if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag, 'last-modified': lastModified }).end(body());
  };
}
const html =
  (body: string): Route =>
  (_q, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(body);

let server: LocalServer;
let store: AsyncStore;
let poller: FeedPoller | undefined;
beforeEach(async () => {
  clock = Date.parse('2026-03-15T08:00:00Z');
  store = openAsyncSqliteStore({ path: ':memory:', now });
  server = await startLocalServer({
    '/rss.xml': conditional('application/rss+xml; charset=utf-8', () => rssFeed(server.origin), '"rss-v1"'),
    '/atom.xml': conditional('application/atom+xml', () => atomFeed(server.origin), '"atom-v1"'),
    // A slow feed: fetching it takes longer than the feed's 15-minute interval.
    '/slow.xml': (req, res) => {
      advanceMinutes(20);
      conditional('application/atom+xml', () => atomFeed(server.origin), '"slow-v1"')(req, res, server);
    },
    '/stories/bridge': html(
      storyPage('Bridge closure extended to April', 'The Old Town bridge will stay closed until April.'),
    ),
    '/stories/school-meals': html(
      storyPage('School meals contract goes to tender', 'The school meals contract will be put out to tender.'),
    ),
    '/stories/harbour-levy': html(
      storyPage('Mayor proposes new harbour levy', 'The mayor has proposed a levy on harbour berths.'),
    ),
    '/stories/library-hours': html(
      storyPage('Library hours to be cut on Sundays', 'Libraries will close on Sundays from May.'),
    ),
    '/stories/ferry-full-text': html('<p>should never be fetched: the feed carries the full text</p>'),
  });
});
afterEach(async () => {
  await poller?.stop();
  poller = undefined;
  await server.close();
  store.close();
});

/** The feed due now, with no ETag or Last-Modified: as after a server that ignores conditional requests. */
async function dueAgainWithoutValidators(feedId: number): Promise<void> {
  await store.feeds.recordPollSuccess(feedId, {
    etag: null,
    lastModified: null,
    title: null,
    at: now().toISOString(),
    nextPollAt: now().toISOString(),
  });
}

function startPoller(fetchOptions: SafeFetchOptions = { allowPrivate: true }) {
  poller = startFeedPoller({
    store,
    ingest: createNewsbriefApp({ store, logger: silentLogger(), now }).ingest,
    logger,
    now,
    intervalMinutes: 15,
    pollOnStart: false,
    checkEveryMs: 3_600_000,
    fetcher: createSafeFetch(fetchOptions),
  });
  return poller;
}
const pagesFetched = () => server.requests.filter((r) => r.path.startsWith('/stories/')).map((r) => r.path);

describe('feed poller', () => {
  it('ingests RSS and Atom items once; a second poll answered 304 brings nothing new', async () => {
    await store.feeds.subscribe({ url: `${server.origin}/rss.xml`, channelId: CHANNEL, addedBy: 'U1' });
    await store.feeds.subscribe({ url: `${server.origin}/atom.xml`, channelId: CHANNEL, addedBy: 'U1' });
    const start = now().toISOString();
    const first = await startPoller().pollNow();
    expect(first.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(first.map((r) => r.ingested)).toEqual([3, 2]);
    expect(await store.articles.count()).toBe(5);
    // The ferry item carried its full text: stored from the feed, its page never fetched.
    expect(pagesFetched().sort()).toEqual([
      '/stories/bridge',
      '/stories/harbour-levy',
      '/stories/library-hours',
      '/stories/school-meals',
    ]);
    const announced = await store.feeds.newItemsSince(CHANNEL, start);
    expect(announced.map((i) => i.title).sort()).toEqual([
      'Bridge closure extended to April',
      'Library hours to be cut on Sundays',
      'Mayor proposes new harbour levy',
      'School meals contract goes to tender',
      'Winter ferry timetable keeps early crossing',
    ]);
    expect(announced.find((i) => i.title.startsWith('Bridge'))?.url).toBe(`${server.origin}/stories/bridge`);
    expect(announced.find((i) => i.title.startsWith('Mayor'))?.feedTitle).toBe('Harbour Gazette – Politics');
    expect(await store.feeds.newItemsSince('slack:C0OTHER', start)).toEqual([]);

    advanceMinutes(10);
    expect(await poller!.pollNow()).toEqual([]); // not due yet
    advanceMinutes(6);
    const second = await poller!.pollNow();
    expect(second.map((r) => r.status)).toEqual(['not_modified', 'not_modified']);
    const conditionalRequests = server.requests.filter((r) => r.path.endsWith('.xml')).slice(-2);
    expect(conditionalRequests.map((r) => r.headers['if-none-match']).sort()).toEqual(['"atom-v1"', '"rss-v1"']);
    expect(await store.articles.count()).toBe(5);
    expect(await store.feeds.newItemsSince(CHANNEL, new Date(clock - 60_000).toISOString())).toEqual([]);
    expect(pagesFetched()).toHaveLength(4);
  });

  it('does not refetch items it has seen when a server ignores conditional requests', async () => {
    await store.feeds.subscribe({ url: `${server.origin}/atom.xml`, channelId: CHANNEL, addedBy: 'U1' });
    await startPoller().pollNow();
    const feed = (await store.feeds.listForChannel(CHANNEL))[0]!;
    await dueAgainWithoutValidators(feed.id);
    const again = await poller!.pollNow();
    expect(again).toEqual([{ feedId: feed.id, status: 'ok', ingested: 0 }]);
    expect(pagesFetched()).toHaveLength(2);
    expect(await store.articles.count()).toBe(2);
  });

  it('a story deleted from the store stays deleted: polls of feeds still listing it do not store it again', async () => {
    await store.feeds.subscribe({ url: `${server.origin}/rss.xml`, channelId: CHANNEL, addedBy: 'U1' });
    await store.feeds.subscribe({ url: `${server.origin}/atom.xml`, channelId: CHANNEL, addedBy: 'U1' });
    await startPoller().pollNow();
    const stored = await store.articles.recent(10);
    const taken = stored.filter((s) => /Bridge|Winter ferry/.test(s.title));
    expect(taken).toHaveLength(2);
    for (const story of taken) expect(await store.articles.remove(story.id)).toBeDefined();
    // Both feeds due again and answered in full, as by a server that ignores conditional requests.
    for (const feed of await store.feeds.listForChannel(CHANNEL)) {
      await dueAgainWithoutValidators(feed.id);
    }
    const fetchedBefore = pagesFetched().length;
    const again = await poller!.pollNow();
    expect(again.map((r) => [r.status, r.ingested])).toEqual([
      ['ok', 0],
      ['ok', 0],
    ]);
    expect(pagesFetched()).toHaveLength(fetchedBefore);
    expect((await store.articles.recent(10)).map((s) => s.id).sort()).toEqual(
      stored
        .filter((s) => !taken.includes(s))
        .map((s) => s.id)
        .sort(),
    );
  });

  it('stores no duplicate when a feed item is a story already stored under its canonical URL', async () => {
    const fixture = readFileSync(join(import.meta.dirname, 'fixtures', 'council-budget.html'), 'utf8');
    const canonicalPath = '/news/2026/03/council-road-budget-vote';
    const items = `<?xml version="1.0"?><rss version="2.0"><channel><title>Metro Herald</title>
      <item><title>Council approves road budget</title><link>${'ORIGIN'}/amp/council-road-budget-vote?utm_source=rss</link><guid>mh-77</guid></item>
      </channel></rss>`;
    await server.close();
    server = await startLocalServer({
      [canonicalPath]: html(fixture),
      '/amp/council-road-budget-vote': html(
        fixture.replace('<div class="cookie-banner">', '<div class="amp-ad">Advert</div><div class="cookie-banner">'),
      ),
      '/metro.xml': (_q, res) =>
        res.writeHead(200, { 'content-type': 'text/xml' }).end(items.replace('ORIGIN', server.origin)),
    });
    const fetchArticle = createArticleFetcher({ fetchOptions: { allowPrivate: true }, logger });
    const stored = await store.articles.add(await fetchArticle(`${server.origin}${canonicalPath}`));
    expect(stored.outcome).toBe('created');
    await store.feeds.subscribe({ url: `${server.origin}/metro.xml`, channelId: CHANNEL, addedBy: 'U1' });
    const [result] = await startPoller().pollNow();
    expect(result).toMatchObject({ status: 'ok', ingested: 0 });
    expect(await store.articles.count()).toBe(1);
    const [item] = await store.feeds.newItemsSince(CHANNEL, '2000-01-01T00:00:00Z');
    expect(item).toMatchObject({
      articleId: stored.article.id,
      outcome: 'unchanged',
      url: `${server.origin}${canonicalPath}`,
    });
  });

  it('backs off a failing feed, says why in its state, and recovers', async () => {
    let healthy = false;
    await server.close();
    server = await startLocalServer({
      '/flaky.xml': (_q, res) =>
        healthy
          ? res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(server.origin))
          : res.writeHead(503).end(),
      '/stories/bridge': html(
        storyPage('Bridge closure extended to April', 'The Old Town bridge will stay closed until April.'),
      ),
      '/stories/school-meals': html(
        storyPage('School meals contract goes to tender', 'The school meals contract will be put out to tender.'),
      ),
    });
    await store.feeds.subscribe({ url: `${server.origin}/flaky.xml`, channelId: CHANNEL, addedBy: 'U1' });
    startPoller();
    expect((await poller!.pollNow())[0]).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('HTTP 503'),
    });
    let [feed] = await store.feeds.listForChannel(CHANNEL);
    expect(feed).toMatchObject({ failureCount: 1, lastError: expect.stringContaining('503') });
    expect(Date.parse(feed!.nextPollAt) - clock).toBe(30 * 60_000);
    advanceMinutes(16);
    expect(await poller!.pollNow()).toEqual([]); // backing off: not the normal 15 minutes
    advanceMinutes(15);
    expect((await poller!.pollNow())[0]?.status).toBe('failed');
    [feed] = await store.feeds.listForChannel(CHANNEL);
    expect(Date.parse(feed!.nextPollAt) - clock).toBe(60 * 60_000);
    healthy = true;
    advanceMinutes(60);
    expect((await poller!.pollNow())[0]).toMatchObject({ status: 'ok', ingested: 3 });
    [feed] = await store.feeds.listForChannel(CHANNEL);
    expect(feed).toMatchObject({ failureCount: 0, lastError: null, title: 'Harbour Gazette – Local' });
  });

  it('refuses a feed whose host resolves to a private address (switch off) and records why', async () => {
    await store.feeds.subscribe({ url: 'https://feeds.news.example/rss', channelId: CHANNEL, addedBy: 'U1' });
    startPoller({ resolveHost: async () => [{ address: '169.254.169.254', family: 4 }] });
    const [result] = await poller!.pollNow();
    expect(result?.status).toBe('failed');
    expect((await store.feeds.listForChannel(CHANNEL))[0]?.lastError).toContain(
      '169.254.169.254, a cloud metadata address',
    );
  });

  it('reports a page that is not a feed', async () => {
    await store.feeds.subscribe({ url: `${server.origin}/stories/bridge`, channelId: CHANNEL, addedBy: 'U1' });
    const [result] = await startPoller().pollNow();
    expect(result?.error).toBe('The link returned text/html, not an RSS or Atom feed.');
  });

  it('a feed that comes due again during the pass keeps the next poll its poll recorded (not leased and skipped)', async () => {
    await store.feeds.subscribe({ url: `${server.origin}/slow.xml`, channelId: CHANNEL, addedBy: 'U1' });
    const polledAt = clock;
    const results = await startPoller().pollNow();
    expect(results.map((r) => r.status)).toEqual(['ok']);
    const [feed] = await store.feeds.listForChannel(CHANNEL);
    expect(feed?.nextPollAt).toBe(new Date(polledAt + 15 * 60_000).toISOString());
    // So the next check polls it at once rather than ten minutes late.
    expect((await poller!.pollNow()).map((r) => r.status)).toEqual(['not_modified']);
  });
});
