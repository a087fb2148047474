import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PRUNE_HANDLED_EVENTS as PG_PRUNE } from '../../src/store/postgres/postgres-conversation-repository';
import { PRUNE_HANDLED_EVENTS as SQLITE_PRUNE } from '../../src/store/sqlite/sqlite-conversation-repository';
import { postgresPlanAfterStep, sqlitePlanAfterStep } from '../support/plan-after-step';
import { useTestDatabase } from '../support/shared-postgres';

// The tidy-up's batch must be a range of an index on a store that existed before the index did:
// the plans are read from the databases themselves (EXPLAIN), not inferred from timings.
const STEP = 'conversations-003-handled-at-index';
const INDEX = 'handled_events_handled_at';
const DAY = 86_400_000;
const NOW = Date.parse('2026-03-10T09:00:00Z');
const CUT = new Date(NOW - 7 * DAY).toISOString();
const EVENTS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-prune-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();
const plan = { step: STEP, now: NOW, params: [CUT, 5000] };

/** Event n was handled n minutes before NOW: the oldest 9,920 are past the 7-day cut. */
function handledAt(n: number): string {
  return new Date(NOW - n * 60_000).toISOString();
}
const pastCut = Array.from({ length: EVENTS }, (_, i) => i + 1).filter((n) => handledAt(n) < CUT).length;

describe('the handled events prune on SQLite', () => {
  it('an older file gets the index, and each batch searches it oldest first instead of scanning the table', async () => {
    const setup = {
      ...plan,
      statement: SQLITE_PRUNE,
      fill(db: Database.Database) {
        const insert = db.prepare('INSERT INTO handled_events (event_key, handled_at) VALUES (?, ?)');
        db.transaction(() => {
          for (let n = 1; n <= EVENTS; n++) insert.run(`slack:event:Ev${n}`, handledAt(n));
        })();
      },
    };
    await sqlitePlanAfterStep(join(dir, 'old.db'), setup, async (details, store) => {
      const onTable = details.filter((detail) => detail.includes('handled_events'));
      expect(onTable.some((detail) => detail.includes(`INDEX ${INDEX}`))).toBe(true);
      expect(onTable.filter((detail) => detail.startsWith('SCAN'))).toEqual([]);
      // Oldest first by the index itself: no sort of the matching rows.
      expect(details.filter((detail) => detail.includes('TEMP B-TREE'))).toEqual([]);

      expect(await store.conversations.pruneHandledEvents(CUT, 5000)).toBe(5000);
      // The oldest went first: the newest event past the cut is still there, the oldest is not.
      expect(await store.conversations.markEventHandled(`slack:event:Ev${EVENTS}`)).toBe(true);
      expect(await store.conversations.markEventHandled(`slack:event:Ev${EVENTS - pastCut + 1}`)).toBe(false);
      expect(await store.conversations.pruneHandledEvents(CUT, 5000)).toBe(pastCut - 5000);
    });
  });
});

describe('the handled events prune on PostgreSQL', () => {
  it('an older schema gets the index, and each batch reads it and the chosen rows, never the whole table', async () => {
    const setup = {
      ...plan,
      statement: PG_PRUNE,
      analyze: 'handled_events',
      async fill(client: pg.Client) {
        await client.query(
          `INSERT INTO handled_events (event_key, handled_at, handled_by)
           SELECT 'slack:event:Ev' || n, $1::timestamptz - n * interval '1 minute', 'token'
           FROM generate_series(1, $2::int) n`,
          [new Date(NOW).toISOString(), EVENTS],
        );
      },
    };
    await postgresPlanAfterStep(database(), setup, async (nodes, store) => {
      expect(nodes.some((node) => node['Index Name'] === INDEX)).toBe(true);
      expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
      expect(nodes.filter((node) => node['Node Type'] === 'Sort')).toEqual([]);

      expect(await store.conversations.pruneHandledEvents(CUT, 5000)).toBe(5000);
      expect(await store.conversations.markEventHandled(`slack:event:Ev${EVENTS}`)).toBe(true);
      expect(await store.conversations.markEventHandled(`slack:event:Ev${EVENTS - pastCut + 1}`)).toBe(false);
      expect(await store.conversations.pruneHandledEvents(CUT, 5000)).toBe(pastCut - 5000);
    });
  }, 120_000);
});
