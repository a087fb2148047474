import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type CommandContext, runBriefCommand } from '../../commands/index';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import type { Reply } from '../../src/app/reply';
import { FetchError } from '../../src/ingest/fetch-error';
import { createSafeFetch } from '../../src/ingest/safe-fetch';
import { urlForLog } from '../../src/ingest/url-for-log';
import { createLogger, silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';

let store: AsyncStore | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

function channel(allowPrivate: boolean, logger = silentLogger()): CommandContext {
  store = openAsyncSqliteStore({ path: ':memory:' });
  const app = createNewsbriefApp({ store, logger, feedUrlPolicy: { allowPrivate } });
  return { channelId: 'console:news', userId: 'console:me', app };
}

const text = (reply: Reply) => reply.sections.flatMap((s) => s.items.map((i) => i.text)).join('\n');

async function refused(ctx: CommandContext, url: string): Promise<string> {
  const reply = await runBriefCommand(`feed add ${url}`, ctx);
  expect(reply.kind, url).toBe('error');
  expect(await store?.feeds.listForChannel(ctx.channelId), url).toHaveLength(0);
  return text(reply);
}

describe('/brief feed add checks the address when it is added', () => {
  it.each([
    ['http://127.0.0.1:8080/rss', /loopback/],
    ['http://169.254.169.254/latest/meta-data/', /cloud metadata/],
    ['http://[::1]/feed', /loopback/],
    ['http://0x7f000001/feed', /loopback/],
    ['http://2130706433/feed', /loopback/],
    ['http://127.1/feed', /loopback/],
    ['http://10.1.2.3/rss', /private network/],
    ['http://192.168.0.10/rss', /private network/],
    ['http://[fe80::1]/rss', /link-local/],
    ['http://localhost:3000/rss', /this machine/],
    ['http://metadata.google.internal/computeMetadata/v1/', /cloud metadata/],
  ])('refuses %s', async (url, reason) => {
    expect(await refused(channel(false), url)).toMatch(reason);
  });

  it.each([
    'file:///etc/passwd',
    'gopher://news.example/1',
    'data:application/rss+xml;base64,PHJzcy8+',
    'ftp://news.example/rss',
  ])('refuses the non-http(s) scheme of %s', async (url) => {
    expect(await refused(channel(false), url)).toMatch(/http or https only/);
  });

  it('says why a link with a user name and password is refused, without repeating them', async () => {
    const message = await refused(channel(false), 'https://editor:s3cret@news.example/rss');
    expect(message).toMatch(/user name or password/);
    expect(message).not.toMatch(/s3cret|editor/);
  });

  it('follows a public feed', async () => {
    const ctx = channel(false);
    expect((await runBriefCommand('feed add https://news.example/rss.xml', ctx)).kind).toBe('notice');
  });

  it('with NEWSBRIEF_FETCH_ALLOW_PRIVATE allows intranet feeds but still refuses cloud metadata', async () => {
    const ctx = channel(true);
    expect((await runBriefCommand('feed add http://10.1.2.3/rss', ctx)).kind).toBe('notice');
    for (const url of [
      'http://169.254.169.254/latest/',
      'http://[fd00:ec2::254]/',
      'http://metadata.google.internal/',
      'http://[::ffff:169.254.169.254]/',
    ]) {
      const reply = await runBriefCommand(`feed add ${url}`, ctx);
      expect(reply.kind, url).toBe('error');
      expect(text(reply), url).toMatch(/cloud metadata/);
    }
  });
});

describe('fetching with private addresses allowed', () => {
  it('still refuses the cloud metadata service, by literal and by DNS answer', async () => {
    const safeFetch = createSafeFetch({
      allowPrivate: true,
      resolveHost: async () => [{ address: '169.254.169.254', family: 4 }],
    });
    const page = { accept: ['text/html'], expecting: 'a web page (HTML)' } as const;
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://looks-innocent.example/']) {
      const error = await safeFetch(url, page).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, url).toBeInstanceOf(FetchError);
      expect((error as FetchError).message, url).toMatch(/cloud metadata/);
    }
  });
});

describe('credentials in links never reach the logs', () => {
  it('/brief add with user:pass@ logs and answers the link redacted', async () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    store = openAsyncSqliteStore({ path: ':memory:' });
    const app = createNewsbriefApp({
      store,
      logger,
      fetchArticle: async () => {
        throw new FetchError('bad_url', 'Links with a user name or password in them are not fetched.');
      },
    });
    const outcome = await app.addArticle('https://editor:s3cret@news.example/story', 'U1');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).not.toContain('s3cret');
    expect(lines.join('')).toContain('news.example');
    expect(lines.join('')).not.toContain('s3cret');
  });
});

describe('links in logs', () => {
  it('keep neither credentials nor query-string tokens', () => {
    expect(urlForLog('https://user:pw@news.example/story?token=abc123#top')).toBe(
      'https://REDACTED@news.example/story?…',
    );
    expect(urlForLog('https://news.example/a/b')).toBe('https://news.example/a/b');
    expect(urlForLog(null)).toBeUndefined();
  });
});
