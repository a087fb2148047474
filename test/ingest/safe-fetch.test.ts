import type { LookupAddress } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import { addressRefusal } from '../../src/ingest/address-policy';
import { FetchError } from '../../src/ingest/fetch-error';
import { createSafeFetch } from '../../src/ingest/safe-fetch';
import { type LocalServer, startLocalServer, streamHuge } from './local-http-server';

const page = { accept: ['text/html'], expecting: 'a web page (HTML)' } as const;
const MB = 1024 * 1024;

/** A resolver that never touches real DNS; unknown names fail like NXDOMAIN. */
function fakeDns(table: Record<string, string[]>, calls: string[] = []) {
  return async (hostname: string): Promise<LookupAddress[]> => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['169.254.10.1', 'link-local'],
    ['100.64.0.1', 'carrier-grade'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['::ffff:10.0.0.5', 'private'],
    ['::ffff:7f00:1', 'loopback'],
    ['ff02::1', 'multicast'],
    ['fd00:ec2::254', 'metadata'],
  ])('refuses %s (%s)', (address, why) => {
    expect(addressRefusal(address)).toContain(why);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'allows public %s',
    (address) => {
      expect(addressRefusal(address)).toBeNull();
    },
  );
});

describe('safe fetch: SSRF guard', () => {
  it('refuses the loopback test server itself when private addresses are not allowed', async () => {
    server = await startLocalServer({ '/': (_q, res) => res.end('<p>hi</p>') });
    const error = await failure(createSafeFetch()(`${server.origin}/`, page));
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/127\.0\.0\.1.*loopback/);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a public-looking host whose DNS answer is private or metadata, without connecting', async () => {
    const calls: string[] = [];
    const safeFetch = createSafeFetch({
      resolveHost: fakeDns(
        {
          'intranet.news.example': ['10.0.0.5'],
          'meta.news.example': ['169.254.169.254'],
          'mixed.news.example': ['93.184.216.34', '10.0.0.5'],
          'mapped.news.example': ['::ffff:10.0.0.5'],
        },
        calls,
      ),
    });
    const intranet = await failure(safeFetch('http://intranet.news.example/story', page));
    expect(intranet.code).toBe('refused');
    expect(intranet.message).toContain('resolves to 10.0.0.5, a private network address');
    expect((await failure(safeFetch('https://meta.news.example/latest/meta-data/', page))).message).toContain(
      '169.254.169.254, a cloud metadata address',
    );
    // One private address among public ones is enough: the socket could pick either.
    expect((await failure(safeFetch('http://mixed.news.example/', page))).message).toContain('10.0.0.5');
    expect((await failure(safeFetch('http://mapped.news.example/', page))).message).toContain('private');
    expect(calls).toEqual(expect.arrayContaining(['intranet.news.example', 'meta.news.example', 'mixed.news.example']));
  });

  it('refuses IP-literal and odd-notation hosts and non-http schemes before any DNS', async () => {
    const calls: string[] = [];
    const safeFetch = createSafeFetch({ resolveHost: fakeDns({}, calls) });
    expect((await failure(safeFetch('http://169.254.169.254/latest/meta-data/', page))).message).toContain('metadata');
    expect((await failure(safeFetch('http://0x7f.1/', page))).message).toContain('loopback');
    expect((await failure(safeFetch('http://[::ffff:a00:5]/', page))).message).toContain('private');
    expect((await failure(safeFetch('file:///etc/passwd', page))).code).toBe('bad_url');
    expect((await failure(safeFetch('http://user:pw@example.com/', page))).code).toBe('bad_url');
    expect(calls).toEqual([]);
  });

  it('checks every redirect hop: a redirect to a private address is refused', async () => {
    server = await startLocalServer({
      '/to-metadata': (_q, res) =>
        res.writeHead(302, { location: 'http://cloud.news.example/latest/meta-data/' }).end(),
      '/to-private-literal': (_q, res) => res.writeHead(301, { location: 'http://10.0.0.5/admin' }).end(),
      '/to-other-loopback': (_q, res) =>
        res.writeHead(307, { location: `http://127.0.0.2:${new URL(server!.origin).port}/` }).end(),
      '/to-file': (_q, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      '/loop': (_q, res) => res.writeHead(302, { location: '/loop' }).end(),
    });
    // Only the test server's exact address is exempt; the policy stays on for everything else.
    const safeFetch = createSafeFetch({
      allowAddresses: ['127.0.0.1'],
      resolveHost: fakeDns({ 'cloud.news.example': ['169.254.169.254'] }),
    });
    const metadata = await failure(safeFetch(`${server.origin}/to-metadata`, page));
    expect(metadata.code).toBe('refused');
    expect(metadata.message).toContain('cloud.news.example: it resolves to 169.254.169.254, a cloud metadata address');
    expect((await failure(safeFetch(`${server.origin}/to-private-literal`, page))).message).toContain(
      '10.0.0.5: it is a private network address',
    );
    expect((await failure(safeFetch(`${server.origin}/to-other-loopback`, page))).message).toContain(
      '127.0.0.2: it is a loopback address',
    );
    expect((await failure(safeFetch(`${server.origin}/to-file`, page))).code).toBe('bad_url');
    const loop = await failure(safeFetch(`${server.origin}/loop`, page));
    expect(loop.code).toBe('too_many_redirects');
    expect(server.requests.filter((r) => r.path === '/loop')).toHaveLength(6);
  });

  it('connects to the address it checked, keeping the requested host name', async () => {
    server = await startLocalServer({
      '/story': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${req.headers.host}</p>`),
    });
    const port = new URL(server.origin).port;
    const safeFetch = createSafeFetch({
      allowAddresses: ['127.0.0.1'],
      resolveHost: fakeDns({ 'pinned.news.example': ['127.0.0.1'] }),
    });
    const result = await safeFetch(`http://pinned.news.example:${port}/story`, page);
    expect(result.body).toBe(`<p>pinned.news.example:${port}</p>`);
    expect(result.url).toBe(`http://pinned.news.example:${port}/story`);
  });
});

describe('safe fetch: limits', () => {
  it('stops a 30 MB streamed response at the cap without reading it all', async () => {
    server = await startLocalServer({ '/huge': streamHuge('/huge', 30 * MB, false) });
    const error = await failure(
      createSafeFetch({ allowPrivate: true, maxBytes: 1 * MB })(`${server.origin}/huge`, page),
    );
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('1 MB');
    await server.responseClosed('/huge'); // the client hung up, so the count is final
    const sent = server.bytesSent.get('/huge') ?? 0;
    expect(sent).toBeGreaterThan(1 * MB);
    expect(sent).toBeLessThan(10 * MB);
  });

  it('refuses a declared 30 MB Content-Length before reading the body', async () => {
    server = await startLocalServer({ '/huge': streamHuge('/huge', 30 * MB, true) });
    const error = await failure(
      createSafeFetch({ allowPrivate: true, maxBytes: 5 * MB })(`${server.origin}/huge`, page),
    );
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('30 MB');
    await server.responseClosed('/huge');
    expect(server.bytesSent.get('/huge') ?? 0).toBeLessThan(10 * MB);
  });

  it('times out a server that never answers, and one that stalls mid-body', async () => {
    server = await startLocalServer({
      '/silent': () => undefined,
      '/stall': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>first words');
      },
    });
    const safeFetch = createSafeFetch({ allowPrivate: true, timeoutMs: 300 });
    const silent = await failure(safeFetch(`${server.origin}/silent`, page));
    expect(silent.code).toBe('timeout');
    expect(silent.message).toContain('Timed out after 0.3 s');
    expect((await failure(safeFetch(`${server.origin}/stall`, page))).code).toBe('timeout');
  });

  it('refuses a non-HTML content type with a clear message, and reports HTTP errors', async () => {
    server = await startLocalServer({
      '/report.pdf': (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
      '/gone': (_q, res) => res.writeHead(410, { 'content-type': 'text/html' }).end('gone'),
    });
    const safeFetch = createSafeFetch({ allowPrivate: true });
    const pdf = await failure(safeFetch(`${server.origin}/report.pdf`, page));
    expect(pdf.code).toBe('unsupported_type');
    expect(pdf.message).toBe('The link returned application/pdf, not a web page (HTML).');
    const gone = await failure(safeFetch(`${server.origin}/gone`, page));
    expect(gone.code).toBe('http_status');
    expect(gone.message).toContain('410');
  });

  it('says in words why a link could not be reached: refused, cut off, a blocked port', async () => {
    server = await startLocalServer({ '/cut': (q) => q.socket.destroy() });
    const safeFetch = createSafeFetch({ allowPrivate: true });
    const cut = await failure(safeFetch(`${server.origin}/cut`, page));
    expect(cut.code).toBe('network');
    expect(cut.message).toBe(
      `Could not fetch ${server.origin.slice(7)}: the connection was cut off by the other side.`,
    );
    const origin = server.origin;
    await server.close();
    server = undefined;
    const refused = await failure(safeFetch(`${origin}/x`, page));
    expect(refused.message).toBe(
      `Could not fetch ${origin.slice(7)}: connection refused (nothing is listening at that address and port).`,
    );
    const blocked = await failure(safeFetch('http://127.0.0.1:9/x', page));
    expect(blocked.message).toBe(
      'Could not fetch 127.0.0.1:9: not a valid port for a web link (it is reserved for another service).',
    );
    for (const error of [cut, refused, blocked]) expect(error.message).not.toMatch(/\bE[A-Z]{4,}|bad port/);
  });

  it('decodes the declared charset and follows a relative redirect', async () => {
    server = await startLocalServer({
      '/old': (_q, res) => res.writeHead(301, { location: '/new?x=1' }).end(),
      '/new': (_q, res) =>
        res
          .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
          .end(Buffer.from('<p>caf\xe9</p>', 'latin1')),
    });
    const result = await createSafeFetch({ allowPrivate: true })(`${server.origin}/old`, page);
    expect(result.url).toBe(`${server.origin}/new?x=1`);
    expect(result.body).toBe('<p>café</p>');
  });
});
