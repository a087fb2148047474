import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { startDropFolder } from '../../src/ingest/drop-folder';
import { startFeedPoller } from '../../src/ingest/feed-poller';
import { createSafeFetch } from '../../src/ingest/safe-fetch';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { capturingLogger } from '../support/capturing-logger';
import { parseInUtc } from '../support/parse-in-utc';
import { type LocalServer, startLocalServer } from './local-http-server';

// Session 43: ingest repairs double-encoded copy ("FranÃ§ois") from every source, but only `newsbrief ingest` and
// `/brief add` said so; a feed's item or a dropped file was repaired without a word. Now the operator's log says it,
// once per story, with the count. Invented copy.
const PARAGRAPHS = (name: string) =>
  Array.from(
    { length: 8 },
    (_, i) =>
      `Paragraph ${i + 1}: ${name}, who runs the harbour market, said the stalls would move to the pier in June and that the council had agreed to pay for new lighting along the quay.`,
  );
const MOJIBAKE = 'FranÃ§ois MÃ¼ller';
const VALID = 'François Müller';

let store: AsyncStore;
let dir: string;
let server: LocalServer | undefined;
beforeEach(() => {
  store = openAsyncSqliteStore({ path: ':memory:' });
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-repair-reported-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const warnings = (lines: Record<string, unknown>[]) => lines.filter((l) => l.level === 40).map((l) => l.msg);

it('the drop folder logs a repaired file with the count; a valid file logs no such line', async () => {
  const lines: Record<string, unknown>[] = [];
  let clock = 0;
  const folder = startDropFolder({
    parse: parseInUtc,
    dir,
    ingest: createNewsbriefApp({ store, logger: silentLogger() }).ingest,
    logger: capturingLogger(lines),
    maxBytes: 1024 * 1024,
    stableMs: 1_000,
    scanEveryMs: 3_600_000,
    watch: false,
    now: () => clock,
  });
  try {
    writeFileSync(join(dir, 'garbled.txt'), `Market moves to the pier\n\n${PARAGRAPHS(MOJIBAKE).join('\n\n')}`);
    writeFileSync(join(dir, 'valid.txt'), `Lighting for the quay\n\n${PARAGRAPHS(VALID).join('\n\n')}`);
    await folder.scanNow();
    clock += 1_500;
    expect((await folder.scanNow()).map((r) => [r.path.slice(dir.length + 1), r.ok, r.repaired])).toEqual([
      ['garbled.txt', true, 16],
      ['valid.txt', true, undefined],
    ]);
  } finally {
    await folder.stop();
  }
  expect(warnings(lines)).toEqual([
    'drop folder: garbled.txt: its text had been saved in the wrong encoding (“Ã©” for “é”); 16 characters repaired before storing',
  ]);
  expect(lines.find((l) => String(l.msg).startsWith('drop folder: garbled'))).toMatchObject({ repaired: 16 });
});

it('a feed item repaired at ingest is logged with its feed and count; a valid item is not', async () => {
  const item = (title: string, name: string, guid: string) => `<item><title>${title}</title><guid>${guid}</guid>
    <content:encoded><![CDATA[${PARAGRAPHS(name)
      .map((p) => `<p>${p}</p>`)
      .join('')}]]></content:encoded></item>`;
  server = await startLocalServer({
    '/rss.xml': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
        .end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Quay News</title>
${item('Market moves to the pier', MOJIBAKE, 'quay-1')}${item('Lighting for the quay', VALID, 'quay-2')}
</channel></rss>`),
  });
  const lines: Record<string, unknown>[] = [];
  const now = () => new Date('2026-03-15T08:00:00Z');
  const { feed } = await store.feeds.subscribe({
    url: `${server.origin}/rss.xml`,
    channelId: 'slack:C1',
    addedBy: 'U1',
  });
  const poller = startFeedPoller({
    store,
    ingest: createNewsbriefApp({ store, logger: silentLogger(), now }).ingest,
    logger: capturingLogger(lines),
    now,
    intervalMinutes: 15,
    pollOnStart: false,
    checkEveryMs: 3_600_000,
    fetcher: createSafeFetch({ allowPrivate: true }),
  });
  try {
    expect((await poller.pollNow()).map((r) => r.ingested)).toEqual([2]);
  } finally {
    await poller.stop();
  }
  expect(warnings(lines)).toEqual([
    'feed item ingested; its text had been saved in the wrong encoding (“Ã©” for “é”); 16 characters repaired before storing',
  ]);
  expect(lines.find((l) => l.level === 40)).toMatchObject({ feedId: feed.id, item: 'quay-1', repaired: 16 });
});
