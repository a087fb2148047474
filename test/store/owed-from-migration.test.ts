import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { OWED_FROM_MIGRATION_ID } from '../../src/store/schedule-statements';
import { applyMigrations } from '../../src/store/sqlite/migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';
import { schemaBeforeStep } from '../support/schema-before-step';
import { useTestDatabase } from '../support/shared-postgres';

// owed_from (when slots are owed) was split from created_at (when a follow's news starts). A row
// from before the step owes from its created_at; a replica still on the old code moves a schedule
// by setting created_at, and the new code must then owe from that later instant, not its own older move.
const NOW = new Date('2026-03-10T12:00:00.000Z');
const MADE = '2026-03-10T06:00:00.000Z';
const MOVED = '2026-03-10T07:00:00.000Z';
const OLD_MOVE = '2026-03-10T08:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-owed-from-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();

/** What the old code's move did: created_at set to the move, time changed (owed_from unknown to it). */
type OldReplicaMove = (id: number, at: string, time: string) => Promise<unknown>;

async function ownsFromTheLaterStart(store: AsyncStore, oldMove: OldReplicaMove) {
  const [old] = await store.schedules.list();
  expect(old).toMatchObject({ time: '09:00', createdAt: MADE, owedFrom: MADE });
  const moved = await store.schedules.save({
    channelId: 'C1',
    kind: 'digest',
    time: '10:00',
    timezone: 'UTC',
    createdAt: MOVED,
  });
  expect(moved.schedule).toMatchObject({ createdAt: MADE, owedFrom: MOVED });
  await oldMove(old!.id, OLD_MOVE, '08:00');
  expect(await store.schedules.get(old!.id)).toMatchObject({ time: '08:00', createdAt: OLD_MOVE, owedFrom: OLD_MOVE });
}

describe('owed_from on a database made before it', () => {
  it('SQLite: an older row owes from created_at, and an old replica’s move is not undone', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    applyMigrations(
      db,
      sqliteMigrations.filter((m) => m.id !== OWED_FROM_MIGRATION_ID),
    );
    db.prepare(
      `INSERT INTO schedules (channel_id, kind, time, timezone, created_at) VALUES ('C1', 'digest', '09:00', 'UTC', ?)`,
    ).run(MADE);
    db.close();
    const store = openAsyncSqliteStore({ path, now: () => NOW });
    const peer = new Database(path);
    try {
      await ownsFromTheLaterStart(store, async (id, at, time) =>
        peer.prepare('UPDATE schedules SET created_at = ?, time = ? WHERE id = ?').run(at, time, id),
      );
    } finally {
      peer.close();
      await store.close();
    }
  });

  it('PostgreSQL: the same', async () => {
    const { schema, client } = await schemaBeforeStep(database(), OWED_FROM_MIGRATION_ID);
    try {
      await client.query(
        `INSERT INTO schedules (channel_id, kind, time, timezone, created_at) VALUES ('C1', 'digest', '09:00', 'UTC', $1)`,
        [MADE],
      );
      const store = await openPostgresStore({ url: database().url, schema, now: () => NOW });
      try {
        await ownsFromTheLaterStart(store, (id, at, time) =>
          client.query('UPDATE schedules SET created_at = $1, time = $2 WHERE id = $3', [at, time, id]),
        );
      } finally {
        await store.close();
      }
    } finally {
      await client.end();
    }
  }, 60_000);
});
