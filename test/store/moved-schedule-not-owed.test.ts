import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createScheduleUseCases } from '../../src/app/schedule-use-cases';
import { slotsOwed } from '../../src/schedule/schedule-slots';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { useTestDatabase } from '../support/shared-postgres';

// During a rolling deploy a replica on the code before owed_from owes a schedule's slots from its
// created_at, so a move records the new time's slots already past as skipped. That record must
// commit with the move: a move that commits without it (a crash, a store error or a lost
// connection between the two) makes the older replica post a slot nobody owes, a second digest.
// The failure is injected in the database, so it strikes wherever the record is written.
const MADE = '2026-03-10T06:00:00.000Z';
const POSTED = '2026-03-10T09:00:00.000Z';
const MOVE_AT = '2026-03-10T09:30:00.000Z';
const CATCHUP_MS = 72 * 3_600_000;
const INJECTED = 'injected: the store fails between the move and its not-owed record';
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-move-not-owed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();

/** What a replica on the code before owed_from would post now: its slots from created_at, not yet delivered or skipped. */
async function owedToOldReplica(store: AsyncStore, at: string): Promise<string[]> {
  const owed: string[] = [];
  for (const schedule of await store.schedules.list({ enabledOnly: true })) {
    const from = Date.parse(at) - CATCHUP_MS;
    const settled = new Set(
      (await store.schedules.claimsSince(schedule.id, new Date(from).toISOString()))
        .filter((c) => c.state === 'delivered' || c.state === 'skipped')
        .map((c) => c.slot),
    );
    const oldView = { ...schedule, owedFrom: schedule.createdAt };
    for (const slot of slotsOwed(oldView, from, Date.parse(at)))
      if (!settled.has(new Date(slot).toISOString())) owed.push(new Date(slot).toISOString());
  }
  return owed;
}

/** Database statements that make writing a skipped claim fail, and undo that. */
interface Injection {
  fail(): Promise<unknown>;
  heal(): Promise<unknown>;
}

async function moveFailingBetweenTheSteps(store: AsyncStore, injection: Injection) {
  let clock = new Date(MADE);
  const schedules = createScheduleUseCases(store, () => clock);
  const { schedule } = await schedules.setDigest({ channelId: 'C1', userId: 'U1', time: '09:00', timezone: 'UTC' });
  const claim = { scheduleId: schedule.id, slot: POSTED, owner: 'test', leaseMs: 60_000, late: false, maxAttempts: 3 };
  expect(await store.schedules.claimSlot({ ...claim, now: POSTED })).toBeDefined();
  expect(await store.schedules.markDelivered(schedule.id, POSTED, 'test', 'ts1', POSTED)).toBe(true);
  clock = new Date(MOVE_AT);
  expect(await owedToOldReplica(store, MOVE_AT)).toEqual([]);

  await injection.fail();
  await expect(schedules.setDigest({ channelId: 'C1', userId: 'U1', time: '08:00', timezone: 'UTC' })).rejects.toThrow(
    /injected/,
  );
  // Moved with its record, or not at all: either way an older replica owes nothing today.
  expect(await owedToOldReplica(store, MOVE_AT)).toEqual([]);
  expect(await store.schedules.get(schedule.id)).toMatchObject({ time: '09:00', owedFrom: MADE });

  await injection.heal();
  expect(
    (await schedules.setDigest({ channelId: 'C1', userId: 'U1', time: '08:00', timezone: 'UTC' })).schedule,
  ).toMatchObject({ id: schedule.id, time: '08:00', owedFrom: MOVE_AT });
  expect(await owedToOldReplica(store, MOVE_AT)).toEqual([]);
  expect((await store.schedules.getClaim(schedule.id, '2026-03-10T08:00:00.000Z'))?.state).toBe('skipped');
}

describe('a moved schedule’s not-owed record commits with the move', () => {
  it('SQLite', async () => {
    const path = join(dir, 'move.db');
    const store = openAsyncSqliteStore({ path, now: () => new Date(MOVE_AT) });
    const peer = new Database(path);
    try {
      await moveFailingBetweenTheSteps(store, {
        fail: async () =>
          peer.exec(`CREATE TRIGGER fail_skip BEFORE INSERT ON schedule_claims WHEN NEW.state = 'skipped'
            BEGIN SELECT RAISE(ABORT, '${INJECTED}'); END`),
        heal: async () => peer.exec('DROP TRIGGER fail_skip'),
      });
    } finally {
      peer.close();
      await store.close();
    }
  });

  it('PostgreSQL', async () => {
    const schema = database().freshSchema();
    const store = await openPostgresStore({ url: database().url, schema, now: () => new Date(MOVE_AT) });
    const client = new pg.Client({ connectionString: database().url, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      await moveFailingBetweenTheSteps(store, {
        fail: async () => {
          await client.query(`CREATE FUNCTION fail_skip() RETURNS trigger LANGUAGE plpgsql
            AS $$ BEGIN RAISE EXCEPTION '${INJECTED}'; END $$`);
          await client.query(`CREATE TRIGGER fail_skip BEFORE INSERT ON schedule_claims FOR EACH ROW
            WHEN (NEW.state = 'skipped') EXECUTE FUNCTION fail_skip()`);
        },
        heal: () => client.query('DROP TRIGGER fail_skip ON schedule_claims'),
      });
    } finally {
      await client.end();
      await store.close();
    }
  }, 60_000);
});
