import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandContext, runBriefCommand } from '../../commands/index';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { FetchError } from '../../src/ingest/fetch-error';
import { createFeedProbe } from '../../src/ingest/probe-feed';
import { readFeed } from '../../src/ingest/read-feed';
import { createSafeFetch } from '../../src/ingest/safe-fetch';
import { silentLogger } from '../../src/logging/create-logger';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { rssFeed, storyPage } from './feed-fixtures';
import { type LocalServer, startLocalServer } from './local-http-server';

let server: LocalServer;
let store: AsyncStore;
let ctx: CommandContext;
const type = (contentType: string, body: () => string) => (_q: unknown, res: import('node:http').ServerResponse) =>
  res.writeHead(200, { 'content-type': contentType }).end(body());

beforeAll(async () => {
  server = await startLocalServer({
    '/rss.xml': type('application/rss+xml', () => rssFeed(server.origin)),
    // A news site's front page: a web page that names its feed in <head>.
    '/news': type('text/html', () =>
      storyPage('Front page', 'Today.').replace(
        '</head>',
        '<link rel="alternate" type="application/rss+xml" title="Local" href="/rss.xml"></head>',
      ),
    ),
    '/story': type('text/html', () => storyPage('Bridge closure extended', 'The bridge stays shut.')),
    '/broken.xml': type('application/rss+xml', () => '<rss><channel><item>'.repeat(3).slice(0, -3)),
  });
  store = openAsyncSqliteStore({ path: ':memory:' });
  const app = createNewsbriefApp({
    store,
    logger: silentLogger(),
    feedUrlPolicy: { allowPrivate: true },
    probeFeed: createFeedProbe({ fetch: createSafeFetch({ allowPrivate: true }), readFeed }),
  });
  ctx = { channelId: 'console:news', userId: 'console:me', app };
});
afterAll(async () => {
  await store.close();
  await server.close();
});

const add = async (path: string) => {
  const reply = await runBriefCommand(`feed add ${server.origin}${path}`, ctx);
  return { kind: reply.kind, text: renderConsoleReply(reply) };
};

describe('/brief feed add reads the feed before following it', () => {
  it('refuses a link that 404s, with the reason, and follows nothing', async () => {
    const reply = await add('/gone.xml');
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain(`Not following ${server.origin}/gone.xml: `);
    expect(reply.text).toContain('HTTP 404');
    expect(await store.feeds.listForChannel(ctx.channelId)).toEqual([]);
  });

  it('refuses a web page and offers the feed the page names', async () => {
    const reply = await add('/news');
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('That is a web page, not a feed');
    expect(reply.text).toContain(`/brief feed add ${server.origin}/rss.xml`);
    const story = await add('/story');
    expect(story.text).toContain('it names no feed: give the feed’s own address');
    expect(await store.feeds.listForChannel(ctx.channelId)).toEqual([]);
  });

  it('refuses what is served as a feed but does not parse as one', async () => {
    const reply = await add('/broken.xml');
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('is not an RSS or Atom feed');
    expect(await store.feeds.listForChannel(ctx.channelId)).toEqual([]);
  });

  it('follows a feed that reads, naming it by its own title', async () => {
    const reply = await add('/rss.xml');
    expect(reply.kind).toBe('notice');
    expect(reply.text).toContain(`Following “Harbour Gazette – Local” (${server.origin}/rss.xml) in this channel.`);
    expect((await store.feeds.listForChannel(ctx.channelId)).map((f) => f.url)).toEqual([`${server.origin}/rss.xml`]);
    // Already followed: answered from the store, without reading the feed again.
    const reads = server.requests.length;
    expect((await add('/rss.xml')).text).toContain('already follows');
    expect(server.requests.length).toBe(reads);
  });
});

describe('feed probe reasons and page reading', () => {
  const page = (html: string) =>
    createFeedProbe({
      fetch: async (url) => ({ url, status: 200, contentType: 'text/html', headers: new Headers(), body: html }),
      readFeed,
    });
  const failing = (error: FetchError) =>
    createFeedProbe({
      fetch: async () => {
        throw error;
      },
      readFeed,
    });
  const url = 'https://example.com/feed';

  it('says "not an RSS or Atom feed" without repeating the address the reply already names', async () => {
    const reply = await add('/broken.xml');
    expect(reply.text).toContain(`Not following ${server.origin}/broken.xml: It is not an RSS or Atom feed.`);
    expect(reply.text.split(`${server.origin}/broken.xml`)).toHaveLength(2);
  });

  it('tells a feed that is briefly down (timeout, network, 5xx, 429) from a wrong link', async () => {
    const later = 'Try again later; the link may be right.';
    for (const error of [
      new FetchError('timeout', 'Timed out after 15 s waiting for example.com (NEWSBRIEF_FETCH_TIMEOUT_MS).'),
      new FetchError('network', 'Could not fetch example.com: connection reset.'),
      new FetchError('http_status', 'example.com answered HTTP 503 Service Unavailable.'),
      new FetchError('http_status', 'example.com answered HTTP 429 Too Many Requests.'),
    ])
      expect(await failing(error)(url)).toEqual({ ok: false, reason: `${error.message} ${later}` });
    for (const error of [
      new FetchError('http_status', 'example.com answered HTTP 404 Not Found.'),
      new FetchError('dns', 'Could not find the address of example.com.'),
    ])
      expect(await failing(error)(url)).toEqual({ ok: false, reason: error.message });
  });

  it('reads a page only up to the end of its <head>, and takes the first feed it names', async () => {
    const link = (href: string) => `<link rel="alternate" type="application/atom+xml" href="${href}">`;
    const head = `<html><head><title>T</title>${link('/first.xml')}${link('/second.xml')}</head>`;
    expect(await page(`${head}<body><p>x</p></body></html>`)(url)).toMatchObject({
      feedLink: 'https://example.com/first.xml',
    });
    // A feed <link> in the body (a comment widget, an embedded listing) is not the page's own feed.
    const inBody = await page(`<html><head><title>T</title></head><body>${link('/other.xml')}</body></html>`)(url);
    expect(inBody).toMatchObject({ ok: false });
    expect(inBody).not.toHaveProperty('feedLink');
    const noHeadTag = await page(`<title>T</title><body>${link('/other.xml')}</body>`)(url);
    expect(noHeadTag).not.toHaveProperty('feedLink');
  });
});
