import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import type { NewsbriefApp } from '../../src/app/newsbrief-app';
import { silentLogger } from '../../src/logging/create-logger';
import type { NewArticle } from '../../src/store/article-repository';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';

export const FLYNN_SAMPLE = join(import.meta.dirname, '../../../shared/samples/flynn-immunity.txt');

export interface TestAppOptions {
  /** Article files to ingest (first line = headline). */
  articles?: string[];
  /** Reuse a database file (restart tests); a fresh temp file otherwise. */
  dbPath?: string;
  /** Another store (PostgreSQL) instead of a SQLite file; the test app closes it. */
  store?: AsyncStore;
  now?: () => Date;
  /** The SQLite store's busy timeout (tests of a locked store set it low). */
  busyTimeoutMs?: number;
  /** Lets `/brief add <url>` and Slack's shortcut fetch (e.g. createArticleFetcher over a local server). */
  fetchArticle?: (url: string) => Promise<NewArticle>;
}

export interface TestApp {
  app: NewsbriefApp;
  store: AsyncStore;
  dbPath: string;
  /** Closes the store; removes the temp folder unless the caller supplied dbPath. */
  close(): Promise<void>;
}

/** A real app over a real SQLite file (or the store given), for tests of platforms, CLI and scheduler. */
export async function makeTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = options.dbPath || options.store ? undefined : mkdtempSync(join(tmpdir(), 'newsbrief-test-'));
  const dbPath = options.dbPath ?? (dir ? join(dir, 'newsbrief.db') : '');
  const store =
    options.store ?? openAsyncSqliteStore({ path: dbPath, now: options.now, busyTimeoutMs: options.busyTimeoutMs });
  const app = createNewsbriefApp({
    store,
    logger: silentLogger(),
    now: options.now,
    ...(options.fetchArticle ? { fetchArticle: options.fetchArticle } : {}),
  });
  for (const file of options.articles ?? []) {
    const text = readFileSync(file, 'utf8');
    await app.ingest({ source: basename(file), title: text.split('\n', 1)[0] ?? basename(file), text });
  }
  return {
    app,
    store,
    dbPath,
    async close() {
      await store.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
