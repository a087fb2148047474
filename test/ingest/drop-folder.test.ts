import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { type DropFolder, type DropFolderOptions, startDropFolder } from '../../src/ingest/drop-folder';
import { createLogger, silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { collectLines as collect } from '../support/collect-lines';
import { parseInUtc } from '../support/parse-in-utc';
import { DROP_FOLDER_STORY as STORY } from './drop-folder-story';

let dir: string;
let store: AsyncStore;
let folder: DropFolder | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-drop-'));
  store = openAsyncSqliteStore({ path: ':memory:' });
});
afterEach(async () => {
  await folder?.stop();
  folder = undefined;
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('drop folder', () => {
  it('ingests a file written there once (fs.watch + periodic scan) and moves it to ingested/', async () => {
    folder = startDropFolder({
      parse: parseInUtc,
      dir,
      ingest: createNewsbriefApp({ store, logger: silentLogger() }).ingest,
      logger: silentLogger(),
      maxBytes: 1024 * 1024,
      stableMs: 40,
      scanEveryMs: 20,
    });
    writeFileSync(join(dir, 'ferry.txt'), STORY);
    await vi.waitFor(() => expect(existsSync(join(dir, 'ingested', 'ferry.txt'))).toBe(true), {
      timeout: 10_000,
      interval: 20,
    });
    expect(await store.articles.count()).toBe(1);
    expect((await store.articles.search('ferry'))[0]?.title).toBe('Harbour ferry contract signed for ten more years');
    expect(await folder.scanNow()).toEqual([]);
    expect(await folder.scanNow()).toEqual([]);
    expect(await store.articles.count()).toBe(1);
    expect(existsSync(join(dir, 'ferry.txt'))).toBe(false);
  });

  it('waits until a file stops growing, ignores temp names until renamed into place', async () => {
    let clock = 0;
    folder = startDropFolder({
      parse: parseInUtc,
      dir,
      ingest: createNewsbriefApp({ store, logger: silentLogger() }).ingest,
      logger: silentLogger(),
      maxBytes: 1024 * 1024,
      stableMs: 2_000,
      scanEveryMs: 3_600_000,
      watch: false,
      now: () => clock,
    });
    const half = Math.floor(STORY.length / 2);
    writeFileSync(join(dir, 'slow.txt'), STORY.slice(0, half));
    writeFileSync(join(dir, '.incoming.txt.part'), STORY.replace('Harbour ferry', 'Island ferry'));
    expect(await folder.scanNow()).toEqual([]); // first sight
    clock += 1_000;
    appendFileSync(join(dir, 'slow.txt'), STORY.slice(half)); // still being written
    expect(await folder.scanNow()).toEqual([]); // changed since last look: the wait starts again
    clock += 1_500;
    expect(await folder.scanNow()).toEqual([]); // unchanged, but not for 2 s yet
    clock += 1_000;
    const done = await folder.scanNow();
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ ok: true, outcome: 'created' });
    expect((await store.articles.get(done[0]!.articleId!))?.text).toContain('3 per cent in the first year');
    expect(await store.articles.count()).toBe(1);

    renameSync(join(dir, '.incoming.txt.part'), join(dir, 'incoming.txt'));
    expect(await folder.scanNow()).toEqual([]);
    clock += 2_500;
    expect((await folder.scanNow()).map((r) => r.outcome)).toEqual(['created']);
    expect(await store.articles.count()).toBe(2);
  });

  it('moves a file it cannot ingest to failed/ with the reason, and leaves the store alone', async () => {
    let clock = 0;
    folder = startDropFolder({
      parse: parseInUtc,
      dir,
      ingest: createNewsbriefApp({ store, logger: silentLogger() }).ingest,
      logger: silentLogger(),
      maxBytes: 1024 * 1024,
      stableMs: 1_000,
      scanEveryMs: 3_600_000,
      watch: false,
      now: () => clock,
    });
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    writeFileSync(join(dir, 'empty.html'), '<html><body><nav>Home</nav></body></html>');
    await folder.scanNow();
    clock += 1_500;
    const results = await folder.scanNow();
    expect(results.map((r) => r.ok)).toEqual([false, false]);
    expect(readdirSync(join(dir, 'failed')).sort()).toEqual([
      'empty.html',
      'empty.html.error.txt',
      'photo.jpg',
      'photo.jpg.error.txt',
    ]);
    expect(readFileSync(join(dir, 'failed', 'empty.html.error.txt'), 'utf8')).toMatch(/no article text/);
    expect(await store.articles.count()).toBe(0);
  });

  /**
   * a.txt and b.txt dropped in a folder scanned only by scanNow, on the test's clock, its log lines kept in `lines`;
   * returned once both are stable (seen, then 1.5 s later), none ingested yet.
   */
  async function twoFilesScannedByHand(
    options: Pick<DropFolderOptions, 'ingest' | 'database'>,
    lines: string[],
    clock: { ms: number },
  ): Promise<DropFolder> {
    const started = startDropFolder({
      parse: parseInUtc,
      dir,
      ...options,
      logger: createLogger({ level: 'info', destination: collect(lines) }),
      maxBytes: 1024 * 1024,
      stableMs: 1_000,
      scanEveryMs: 3_600_000,
      watch: false,
      now: () => clock.ms,
    });
    writeFileSync(join(dir, 'a.txt'), STORY);
    writeFileSync(join(dir, 'b.txt'), STORY.replace('Harbour ferry', 'Island ferry'));
    await started.scanNow();
    clock.ms += 1_500;
    return started;
  }

  it('leaves files in place while the store is unreachable and ingests them once it is back', async () => {
    const clock = { ms: 0 };
    let storeUp = false;
    const attempts: string[] = [];
    const app = createNewsbriefApp({ store, logger: silentLogger() });
    const lines: string[] = [];
    folder = await twoFilesScannedByHand(
      {
        // PostgreSQL restarting: the connection is refused, as pg reports it.
        ingest: async (article) => {
          attempts.push(article.source);
          if (storeUp) return app.ingest(article);
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        },
      },
      lines,
      clock,
    );
    // One try per scan while the store is down: the first file fails, the second waits.
    expect((await folder.scanNow()).map((r) => r.storeUnavailable)).toEqual([true]);
    expect((await folder.scanNow()).map((r) => r.storeUnavailable)).toEqual([true]);
    expect(attempts).toHaveLength(2);
    expect(readdirSync(join(dir, 'failed'))).toEqual([]);
    expect(existsSync(join(dir, 'a.txt')) && existsSync(join(dir, 'b.txt'))).toBe(true);
    expect((await folder.scanNow()).map((r) => r.storeUnavailable)).toEqual([true]);
    // Said once when the outage starts, not at every scan's retry.
    expect(lines.filter((l) => l.includes('the store is unavailable'))).toHaveLength(1);
    // Both files wait, not only the one tried: the line says "the files", naming the one tried apart.
    const outage = JSON.parse(lines.find((l) => l.includes('the store is unavailable'))!);
    expect(outage).toMatchObject({
      tried: 'a.txt',
      msg: 'drop folder: the store is unavailable; the files are left in place and the next scans retry them (logged again when the store is back)',
    });
    expect(outage.file).toBeUndefined();

    storeUp = true;
    clock.ms += 10_000;
    expect((await folder.scanNow()).map((r) => r.outcome)).toEqual(['created', 'created']);
    // And once when it ends, with how many tries failed and for how long.
    const back = lines.filter((l) => l.includes('drop folder: the store is back'));
    expect(back).toHaveLength(1);
    expect(JSON.parse(back[0]!)).toMatchObject({
      failedTries: 3,
      downForMs: 10_000,
      msg: 'drop folder: the store is back after 3 failed tries',
    });
    expect(readdirSync(join(dir, 'ingested')).sort()).toEqual(['a.txt', 'b.txt']);
    expect(await store.articles.count()).toBe(2);
  });

  it('a damaged database file: the files stay in place, said once naming the file, and no scan tries again', async () => {
    const clock = { ms: 0 };
    const attempts: string[] = [];
    const lines: string[] = [];
    folder = await twoFilesScannedByHand(
      {
        ingest: async (article) => {
          attempts.push(article.source);
          throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
        },
        database: '/srv/newsbrief/data/newsbrief.db',
      },
      lines,
      clock,
    );
    expect((await folder.scanNow()).map((r) => r.storeDamaged)).toEqual([true]);
    for (let scan = 0; scan < 3; scan++) {
      clock.ms += 10_000;
      expect(await folder.scanNow()).toEqual([]);
    }
    // Not retried every scan (a damaged file stays damaged), not moved to failed/ (the files are fine).
    expect(attempts).toHaveLength(1);
    expect(readdirSync(join(dir, 'failed'))).toEqual([]);
    expect(existsSync(join(dir, 'a.txt')) && existsSync(join(dir, 'b.txt'))).toBe(true);
    const said = lines.filter((l) => l.includes('newsbrief.db'));
    expect(said).toHaveLength(1);
    expect(JSON.parse(said[0]!)).toMatchObject({
      level: 50,
      msg: 'drop folder paused: /srv/newsbrief/data/newsbrief.db is damaged or is not a newsbrief database; the files are left in place. Restore it from a backup (or set NEWSBRIEF_DB to another file) and restart newsbrief: the files are ingested then',
    });
    expect(lines.join('')).not.toContain('the store is unavailable');
  });

  it('still moves a file to failed/ when storing it fails for a reason of its own', async () => {
    let clock = 0;
    folder = startDropFolder({
      parse: parseInUtc,
      dir,
      ingest: async () => {
        throw Object.assign(new Error('UNIQUE constraint failed: articles.source'), {
          code: 'SQLITE_CONSTRAINT_UNIQUE',
        });
      },
      logger: silentLogger(),
      maxBytes: 1024 * 1024,
      stableMs: 1_000,
      scanEveryMs: 3_600_000,
      watch: false,
      now: () => clock,
    });
    writeFileSync(join(dir, 'a.txt'), STORY);
    await folder.scanNow();
    clock += 1_500;
    expect((await folder.scanNow()).map((r) => r.ok)).toEqual([false]);
    expect(readdirSync(join(dir, 'failed')).sort()).toEqual(['a.txt', 'a.txt.error.txt']);
    expect(await folder.scanNow()).toEqual([]);
  });

  it('logs an unusable NEWSBRIEF_WATCH_DIR instead of crashing the process', async () => {
    const file = join(dir, 'not-a-folder.txt');
    writeFileSync(file, 'x');
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: collect(lines) });
    // mkdir under a regular file fails (ENOTDIR); unhandled, that rejection would end the bot.
    folder = startDropFolder({
      parse: parseInUtc,
      dir: join(file, 'drop'),
      ingest: createNewsbriefApp({ store, logger: silentLogger() }).ingest,
      logger,
      maxBytes: 1024,
      stableMs: 10,
      scanEveryMs: 10,
    });
    await vi.waitFor(() => expect(lines.join('')).toMatch(/cannot create the drop folder/), {
      timeout: 5_000,
      interval: 10,
    });
    expect(await store.articles.count()).toBe(0);
  });
});
