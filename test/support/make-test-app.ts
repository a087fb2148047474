import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import type { NewsbriefApp } from '../../src/app/newsbrief-app';
import { silentLogger } from '../../src/logging/create-logger';
import type { NewArticle } from '../../src/store/article-repository';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { Store } from '../../src/store/store';

export const FLYNN_SAMPLE = join(import.meta.dirname, '../../../shared/samples/flynn-immunity.txt');

export interface TestAppOptions {
  /** Article files to ingest (first line = headline). */
  articles?: string[];
  /** Reuse a database file (restart tests); a fresh temp file otherwise. */
  dbPath?: string;
  now?: () => Date;
  /** Lets `/brief add <url>` and Slack's shortcut fetch (e.g. createArticleFetcher over a local server). */
  fetchArticle?: (url: string) => Promise<NewArticle>;
}

export interface TestApp {
  app: NewsbriefApp;
  store: Store;
  dbPath: string;
  /** Closes the store; removes the temp folder unless the caller supplied dbPath. */
  close(): void;
}

/** A real app over a real SQLite file, for tests of platforms, CLI and scheduler. */
export async function makeTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = options.dbPath ? undefined : mkdtempSync(join(tmpdir(), 'newsbrief-test-'));
  const dbPath = options.dbPath ?? join(dir!, 'newsbrief.db');
  const store = openSqliteStore({ path: dbPath, now: options.now });
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
    close() {
      store.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
