import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { applyMigrations } from '../../src/store/sqlite/migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';

const STEP = 'conversations-002-links-outlive-stories';
/** Steps that came after it: their columns are on the table the step rebuilds. */
const LATER = [
  'conversations-004-deleted-story-links',
  'conversations-005-cited-sentences',
  'conversations-006-thread-turns',
];
const AT = '2025-05-04T09:00:00.000Z';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-thread-links-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('an older file keeps its thread links through the step, and a deleted story no longer takes its link with it', async () => {
  const path = join(dir, 'old.db');
  const db = new Database(path);
  applyMigrations(
    db,
    sqliteMigrations.filter((m) => m.id !== STEP && !LATER.includes(m.id)),
  );
  db.prepare(
    `INSERT INTO articles (source, title, content_hash, ingested_at, updated_at, text) VALUES ('s', ?, ?, ?, ?, ?)`,
  ).run('Ferry late again', 'h1', AT, AT, 'The ferry is late again, the council said.');
  db.prepare(`INSERT INTO thread_links VALUES ('slack:C1:1.0', 1, ?)`).run(AT);
  db.close();

  const store = openAsyncSqliteStore({ path });
  try {
    expect(await store.conversations.articleForThread('slack:C1:1.0')).toBe(1);
    expect(await store.articles.remove(1)).toMatchObject({ title: 'Ferry late again' });
    expect(await store.conversations.articleForThread('slack:C1:1.0')).toBe(1);
  } finally {
    await store.close();
  }
});
