import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { applyMigrations } from '../../src/store/sqlite/migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';
import { exportStore } from '../../src/store/transfer/export-store';
import { importStore } from '../../src/store/transfer/import-store';
import { migrateStore } from '../../src/store/transfer/migrate-store';

const STEP = 'articles-003-ids-never-reused';
/** Steps that came after it (columns the rows below do not name). */
/** In the order the store applies them: the articles' steps first. */
const LATER = [
  'articles-009-stored-who-is-who',
  'articles-010-analysis-hash',
  'conversations-004-deleted-story-links',
  'conversations-005-cited-sentences',
  'conversations-006-thread-turns',
];
const AT = '2024-03-02T09:00:00.000Z';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-article-ids-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file as the version before the step left it: stories 1-3 with rows pointing at 2 and 3. */
function previousSchemaFile(path: string): void {
  const db = new Database(path);
  applyMigrations(
    db,
    sqliteMigrations.filter((m) => m.id !== STEP && !LATER.includes(m.id)),
  );
  const article = db.prepare(
    `INSERT INTO articles (source, title, content_hash, ingested_at, updated_at, text) VALUES ('s', ?, ?, ?, ?, ?)`,
  );
  article.run('Ferry late again', 'h1', AT, AT, 'The ferry is late again, the council said.');
  article.run('Harbour wall cracks', 'h2', AT, AT, 'The harbour wall has cracked, engineers said.');
  article.run('Mayor resigns', 'h3', AT, AT, 'The mayor resigned on Tuesday.');
  db.prepare(`INSERT INTO article_analyses VALUES (3, 'e1', '{"summary":[]}', ?)`).run(AT);
  db.prepare(`INSERT INTO thread_links VALUES ('slack:C1:1.0', 3, ?)`).run(AT);
  db.prepare(`INSERT INTO resolved_questions VALUES (2, 'q1', 'U1', ?)`).run(AT);
  db.prepare(
    `INSERT INTO schedules (channel_id, kind, article_id, query, time, timezone, created_at)
     VALUES ('C1', 'follow', 3, 'mayor', '09:00', 'UTC', ?)`,
  ).run(AT);
  db.close();
}

function children(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      analyses: db.prepare('SELECT article_id, engine_key FROM article_analyses').all(),
      links: db.prepare('SELECT thread_ref, article_id FROM thread_links').all(),
      resolved: db.prepare('SELECT article_id, question_key FROM resolved_questions').all(),
      schedules: db.prepare('SELECT id, article_id FROM schedules').all(),
    };
  } finally {
    db.close();
  }
}

it('migrates an older file keeping every row that points at a story, and then never reuses a story id', async () => {
  const path = join(dir, 'old.db');
  previousSchemaFile(path);
  const before = children(path);
  expect(await migrateStore({ kind: 'sqlite', path })).toEqual([STEP, ...LATER]);
  expect(children(path)).toEqual(before);

  const db = new Database(path);
  expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  // The full-text indexes still match the rows (same ids) and are kept in step by the new triggers.
  db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
  db.exec("INSERT INTO article_titles_trigram (article_titles_trigram) VALUES ('integrity-check')");
  expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'articles' ORDER BY name").all()).toEqual(
    expect.arrayContaining([{ name: 'articles_ai' }, { name: 'articles_ad' }, { name: 'articles_au' }]),
  );
  db.close();

  const store = openAsyncSqliteStore({ path, now: () => new Date(AT) });
  try {
    expect((await store.articles.search('harbour')).map((h) => h.id)).toEqual([2]);
    // The newest story goes, with what pointed at it; the next one must not take its id (it got 3).
    expect(await store.articles.remove(3)).toMatchObject({ id: 3 });
    expect(await store.schedules.get(1)).toMatchObject({ articleId: null, query: 'mayor' });
    const added = await store.articles.add({ source: 's', title: 'Bridge shut', text: 'The bridge is shut today.' });
    expect(added.article.id).toBe(4);
    expect((await store.articles.search('bridge')).map((h) => h.id)).toEqual([4]);
    expect(await store.articles.get(3)).toBeUndefined();
  } finally {
    await store.close();
  }
  expect(await migrateStore({ kind: 'sqlite', path })).toEqual([]);
});

it('a new store never reuses the newest removed story id, nor does a copy made by export and import', async () => {
  const path = join(dir, 'new.db');
  const store = openAsyncSqliteStore({ path, now: () => new Date(AT) });
  try {
    await store.articles.add({ source: 's', title: 'One', text: 'First story text here.' });
    const two = await store.articles.add({ source: 's', title: 'Two', text: 'Second story text here.' });
    await store.articles.remove(two.article.id);
  } finally {
    await store.close();
  }
  const file = join(dir, 'export.jsonl');
  await exportStore({ from: { kind: 'sqlite', path }, file, now: () => new Date(AT) });
  const copy = join(dir, 'copy.db');
  await importStore({ file, to: { kind: 'sqlite', path: copy } });
  for (const p of [path, copy]) {
    const again = openAsyncSqliteStore({ path: p, now: () => new Date(AT) });
    try {
      const three = await again.articles.add({ source: 's', title: 'Three', text: 'Third story text here.' });
      expect(three.article.id).toBe(3);
    } finally {
      await again.close();
    }
  }
});
