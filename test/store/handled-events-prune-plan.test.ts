import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { PRUNE_HANDLED_EVENTS as PG_PRUNE } from '../../src/store/postgres/postgres-conversation-repository';
import { applyMigrations } from '../../src/store/sqlite/migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';
import { PRUNE_HANDLED_EVENTS as SQLITE_PRUNE } from '../../src/store/sqlite/sqlite-conversation-repository';
import { schemaBeforeStep } from '../support/schema-before-step';
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

/** Event n was handled n minutes before NOW: the oldest 9,920 are past the 7-day cut. */
function handledAt(n: number): string {
  return new Date(NOW - n * 60_000).toISOString();
}
const pastCut = Array.from({ length: EVENTS }, (_, i) => i + 1).filter((n) => handledAt(n) < CUT).length;

describe('the handled events prune on SQLite', () => {
  it('an older file gets the index, and each batch searches it oldest first instead of scanning the table', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    applyMigrations(
      db,
      sqliteMigrations.filter((m) => m.id !== STEP),
    );
    const insert = db.prepare('INSERT INTO handled_events (event_key, handled_at) VALUES (?, ?)');
    db.transaction(() => {
      for (let n = 1; n <= EVENTS; n++) insert.run(`slack:event:Ev${n}`, handledAt(n));
    })();
    db.close();

    const store = openAsyncSqliteStore({ path, now: () => new Date(NOW) });
    await store.close();
    const reopened = new Database(path, { readonly: true });
    try {
      const plan = reopened.prepare(`EXPLAIN QUERY PLAN ${SQLITE_PRUNE}`).all(CUT, 5000) as { detail: string }[];
      const onTable = plan.map((row) => row.detail).filter((detail) => detail.includes('handled_events'));
      expect(onTable.some((detail) => detail.includes(`INDEX ${INDEX}`))).toBe(true);
      expect(onTable.filter((detail) => detail.startsWith('SCAN'))).toEqual([]);
      // Oldest first by the index itself: no sort of the matching rows.
      expect(plan.map((row) => row.detail).filter((detail) => detail.includes('TEMP B-TREE'))).toEqual([]);
    } finally {
      reopened.close();
    }

    const again = openAsyncSqliteStore({ path, now: () => new Date(NOW) });
    try {
      expect(await again.conversations.pruneHandledEvents(CUT, 5000)).toBe(5000);
      // The oldest went first: the newest event past the cut is still there, the oldest is not.
      expect(await again.conversations.markEventHandled(`slack:event:Ev${EVENTS}`)).toBe(true);
      expect(await again.conversations.markEventHandled(`slack:event:Ev${EVENTS - pastCut + 1}`)).toBe(false);
      expect(await again.conversations.pruneHandledEvents(CUT, 5000)).toBe(pastCut - 5000);
    } finally {
      await again.close();
    }
  });
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

describe('the handled events prune on PostgreSQL', () => {
  it('an older schema gets the index, and each batch reads it and the chosen rows, never the whole table', async () => {
    const { url } = database();
    const { schema, client } = await schemaBeforeStep(database(), STEP);
    try {
      await client.query(
        `INSERT INTO handled_events (event_key, handled_at, handled_by)
         SELECT 'slack:event:Ev' || n, $1::timestamptz - n * interval '1 minute', 'token'
         FROM generate_series(1, $2::int) n`,
        [new Date(NOW).toISOString(), EVENTS],
      );

      const store = await openPostgresStore({ url, schema, now: () => new Date(NOW) });
      try {
        // As autovacuum would: the planner's statistics for a table of this size.
        await client.query('ANALYZE handled_events');
        const explained = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `EXPLAIN (FORMAT JSON) ${PG_PRUNE}`,
          [CUT, 5000],
        );
        const nodes = nodesOf(explained.rows[0]!['QUERY PLAN'][0].Plan);
        expect(nodes.some((node) => node['Index Name'] === INDEX)).toBe(true);
        expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
        expect(nodes.filter((node) => node['Node Type'] === 'Sort')).toEqual([]);

        expect(await store.conversations.pruneHandledEvents(CUT, 5000)).toBe(5000);
        expect(await store.conversations.markEventHandled(`slack:event:Ev${EVENTS}`)).toBe(true);
        expect(await store.conversations.markEventHandled(`slack:event:Ev${EVENTS - pastCut + 1}`)).toBe(false);
        expect(await store.conversations.pruneHandledEvents(CUT, 5000)).toBe(pastCut - 5000);
      } finally {
        await store.close();
      }
    } finally {
      await client.end();
    }
  }, 120_000);
});
