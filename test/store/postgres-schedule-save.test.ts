import { afterEach, describe, expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresPool, openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { type PgDb, poolDb } from '../../src/store/postgres/postgres-database';
import { createPostgresScheduleRepository, SAVE_ATTEMPTS } from '../../src/store/postgres/postgres-schedule-repository';
import { useTestDatabase } from '../support/shared-postgres';

// save() inserts, and when a schedule of the same key stopped the insert, locks and moves that
// one. Another connection may remove it between those two statements, again and again: save()
// tries again until it wins, up to a bound, and then says what happened.
const NOW = new Date('2026-03-02T12:00:00.000Z');
const database = useTestDatabase();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The time the other connection gives the digest it makes after its nth removal. */
const timeAfter = (removals: number) => `${String(removals).padStart(2, '0')}:30`;

/** `db`, with `after` told each statement and its rows once it has run (inside transactions too). */
function watched(db: PgDb, after: (sql: string, rows: unknown[]) => Promise<void>): PgDb {
  return {
    inTransaction: db.inTransaction,
    async query<R>(sql: string, params?: readonly unknown[], options?: { idempotent?: boolean }) {
      const result = await db.query<R>(sql, params, options);
      await after(sql, result.rows);
      return result;
    },
    tx: (work) => db.tx((tx) => work(watched(tx, after))),
  };
}

/**
 * A schedule repository on a connection of its own, and another store (a second connection) that
 * removes the channel's digest each time the repository's insert has found it, and makes a new
 * one each time the repository's lock found none, for the first `removals` times.
 */
async function fightingOver(removals: number) {
  const { url } = database();
  const schema = database().freshSchema();
  const { pool } = await openPostgresPool({ url, schema });
  const other: AsyncStore = await openPostgresStore({ url, schema, now: () => NOW });
  cleanups.push(
    () => pool.end(),
    () => other.close(),
  );
  const digest = { channelId: 'C1', kind: 'digest' as const, timezone: 'UTC' };
  await other.schedules.save({ ...digest, time: '08:00' });
  const counts = { inserts: 0, removed: 0 };
  const repository = createPostgresScheduleRepository(
    watched(poolDb(pool, { retryForMs: 0 }), async (sql, rows) => {
      if (sql.trimStart().startsWith('INSERT INTO schedules')) counts.inserts += 1;
      if (rows.length > 0) return;
      if (sql.trimStart().startsWith('INSERT INTO schedules') && counts.removed < removals) {
        const [found] = await other.schedules.list(digest);
        await other.schedules.remove(found!.id);
        counts.removed += 1;
      } else if (sql.includes('FOR UPDATE')) {
        await other.schedules.save({ ...digest, time: timeAfter(counts.removed) });
      }
    }),
    { now: () => NOW },
  );
  return { repository, other, counts, digest };
}

describe('saving a schedule on PostgreSQL while another connection keeps removing it', () => {
  it('tries again after each removal and moves the schedule it finally locks', async () => {
    const { repository, other, counts, digest } = await fightingOver(3);
    const saved = await repository.save({ ...digest, time: '17:30' });
    expect(counts).toEqual({ inserts: 4, removed: 3 });
    expect(saved.previous).toMatchObject({ time: timeAfter(3) });
    expect(saved.schedule).toEqual({ ...saved.previous, time: '17:30' });
    expect(await other.schedules.list()).toEqual([saved.schedule]);
  }, 30_000);

  it('gives up after a bounded number of tries with an error saying so, and saves nothing', async () => {
    const { repository, other, counts, digest } = await fightingOver(Number.POSITIVE_INFINITY);
    await expect(repository.save({ ...digest, time: '17:30' })).rejects.toThrow(
      `the digest schedule of C1 was removed ${SAVE_ATTEMPTS} times while it was being saved: nothing was saved, try again`,
    );
    expect(counts).toEqual({ inserts: SAVE_ATTEMPTS, removed: SAVE_ATTEMPTS });
    expect((await other.schedules.list()).map((s) => s.time)).toEqual([timeAfter(SAVE_ATTEMPTS)]);
  }, 30_000);
});
