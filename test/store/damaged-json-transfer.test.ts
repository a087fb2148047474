import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { captureIo } from '../support/capture-io';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';
import { seedSqliteNewsroom } from './transfer-newsroom';

let dir: string;
let database: TestDatabase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-damaged-json-'));
  database = await createTestDatabase();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const THREAD = 'discord:123456789';
const DAMAGED = '[{"id":0,"text":"The ferry';

const storedCited = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT cited_sentences AS cited FROM thread_links WHERE thread_ref = ?').get(THREAD);
  } finally {
    db.close();
  }
};

it('exports and imports a thread whose cited sentences no longer parse, with a warning, losing nothing', async () => {
  const source = join(dir, 'source.db');
  const seeded = await seedSqliteNewsroom(source);
  const db = new Database(source);
  db.prepare('UPDATE thread_links SET cited_sentences = ? WHERE thread_ref = ?').run(DAMAGED, THREAD);
  db.close();

  // Was: the export failed on JSON.parse ("Unexpected end of JSON input") and wrote nothing.
  const file = join(dir, 'newsroom.jsonl');
  const exported = captureIo({ NEWSBRIEF_DB: source });
  expect(await runCli(['export', file], exported)).toBe(0);
  expect(exported.out()).toMatch(/: 2 stories, .*2 brief threads/);
  expect(exported.err()).toBe(
    'warning: 1 thread_links.cited_sentences value is not valid JSON (damaged in the store): exported as the text stored, and imported so\n',
  );

  // Into SQLite the text comes back as it was; the thread still names its story, and cites none, as before.
  const copy = join(dir, 'copy.db');
  expect(await runCli(['import', file], captureIo({ NEWSBRIEF_DB: copy }))).toBe(0);
  expect(storedCited(copy)).toEqual({ cited: DAMAGED });
  const sqlite = openAsyncSqliteStore({ path: copy });
  expect(await sqlite.conversations.articleForThread(THREAD)).toBe(seeded.ferry.id);
  expect(await sqlite.conversations.citedInThread(THREAD)).toEqual([]);
  await sqlite.close();

  // PostgreSQL's jsonb cannot hold text that is not JSON: it keeps it as a JSON string, read as none.
  const schema = database.freshSchema();
  expect(
    await runCli(['import', file], captureIo({ NEWSBRIEF_DATABASE_URL: database.url, NEWSBRIEF_DB_SCHEMA: schema })),
  ).toBe(0);
  const pg = await openPostgresStore({ url: database.url, schema });
  try {
    expect(await pg.conversations.articleForThread(THREAD)).toBe(seeded.ferry.id);
    expect(await pg.conversations.citedInThread(THREAD)).toEqual([]);
    expect(await pg.articles.get(seeded.ferry.id)).toEqual(seeded.ferry);
  } finally {
    await pg.close();
  }
});
