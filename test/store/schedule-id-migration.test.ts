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

const STEP = 'schedules-003-ids-never-reused';
/** Steps that came after it. */
const LATER = [
  'schedules-004-failure-kind',
  'schedules-005-follow-by-id',
  'schedules-006-one-per-channel',
  'schedules-007-owed-from',
];
const AT = '2024-03-02T09:00:00.000Z';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-schedule-ids-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file as the version before the step left it: three schedules, s2 removed, claims on s1 and s3. */
function previousSchemaFile(path: string): void {
  const db = new Database(path);
  // Every step the previous version shipped: all but this one (and none that came after it).
  const previous = sqliteMigrations.filter((m) => m.id !== STEP && !LATER.includes(m.id));
  expect(previous).toHaveLength(sqliteMigrations.length - 1 - LATER.length);
  applyMigrations(db, previous);
  db.prepare(
    `INSERT INTO articles (id, source, title, content_hash, ingested_at, updated_at, text)
     VALUES (7, 's', 'Ferry late', 'h7', ?, ?, 'The ferry is late.')`,
  ).run(AT, AT);
  const schedule = db.prepare(
    `INSERT INTO schedules (channel_id, kind, article_id, query, time, timezone, enabled, disabled_reason, created_by, created_at)
     VALUES (?, ?, ?, ?, '09:00', 'Europe/London', ?, ?, 'U1', ?)`,
  );
  schedule.run('C1', 'follow', 7, 'ferry', 1, null, AT);
  schedule.run('C2', 'digest', null, null, 1, null, AT);
  schedule.run('C4', 'follow', 7, 'ferry', 0, 'paused by U1', AT);
  const claim = db.prepare(
    `INSERT INTO schedule_claims (schedule_id, slot, state, attempts, late, message_ref, updated_at, first_attempt_at)
     VALUES (?, ?, 'delivered', 1, 0, ?, ?, ?)`,
  );
  claim.run(1, AT, 'slack:C1:1.0', AT, AT);
  claim.run(3, AT, 'slack:C4:2.0', AT, AT);
  db.prepare('DELETE FROM schedules WHERE id = 2').run();
  db.close();
}

function rows(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      schedules: db.prepare('SELECT * FROM schedules ORDER BY id').all(),
      claims: db.prepare('SELECT * FROM schedule_claims ORDER BY schedule_id, slot').all(),
    };
  } finally {
    db.close();
  }
}

it('migrates a file of the previous schema keeping rows and links, and then never reuses an id', async () => {
  const path = join(dir, 'old.db');
  previousSchemaFile(path);
  const before = rows(path);
  expect(before.schedules.map((s) => (s as { id: number }).id)).toEqual([1, 3]);

  expect(await migrateStore({ kind: 'sqlite', path })).toEqual([STEP, ...LATER]);
  // The same rows; the later steps only add an empty failure_kind to each claim and owed_from to each schedule.
  expect(rows(path)).toEqual({
    schedules: before.schedules.map((r) => ({ ...(r as object), owed_from: null })),
    claims: before.claims.map((c) => ({ ...(c as object), failure_kind: null })),
  });
  const db = new Database(path);
  expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  expect(db.prepare('PRAGMA foreign_key_list(schedule_claims)').all()).toMatchObject([
    { table: 'schedules', from: 'schedule_id', to: 'id', on_delete: 'CASCADE' },
  ]);
  expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'schedules' AND type = 'index'").all()).toEqual(
    expect.arrayContaining([{ name: 'schedules_channel' }]),
  );
  db.close();

  const store = openAsyncSqliteStore({ path, now: () => new Date(AT) });
  try {
    // The newest schedule goes; the next one must not take its id (the bug: it got 3 again).
    expect(await store.schedules.remove(3)).toBe(true);
    expect(await store.schedules.getClaim(3, AT)).toBeUndefined();
    const next = await store.schedules.create({ channelId: 'C3', kind: 'digest', time: '17:30', timezone: 'UTC' });
    expect(next.id).toBe(4);
    // The links still act: an article's removal clears the schedule's link, a schedule's its claims.
    expect(await store.schedules.getClaim(1, AT)).toMatchObject({ state: 'delivered', messageRef: 'slack:C1:1.0' });
    expect(await store.articles.remove(7)).toMatchObject({ id: 7 });
    expect(await store.schedules.get(1)).toMatchObject({ articleId: null, query: 'ferry' });
    expect(await store.schedules.remove(1)).toBe(true);
    expect(await store.schedules.getClaim(1, AT)).toBeUndefined();
  } finally {
    await store.close();
  }
  expect(await migrateStore({ kind: 'sqlite', path })).toEqual([]);
});

it('exports a migrated file and imports it into a new one with the same rows', async () => {
  const path = join(dir, 'old.db');
  previousSchemaFile(path);
  await migrateStore({ kind: 'sqlite', path });
  const file = join(dir, 'export.jsonl');
  await exportStore({ from: { kind: 'sqlite', path }, file, now: () => new Date(AT) });
  const copy = join(dir, 'copy.db');
  await importStore({ file, to: { kind: 'sqlite', path: copy } });
  expect(rows(copy)).toEqual(rows(path));
});
