import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { postgresPlanAfterStep, sqlitePlanAfterStep } from '../support/plan-after-step';
import { useTestDatabase } from '../support/shared-postgres';

// The prune plan tests assert what a plan lacks (no table scan, no sort): that holds only if the
// plans they get are the databases' own, for the rows they wrote. A statement no index serves
// must show the scan, and the store they check must hold those rows.
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-plan-setup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();
const NOW = Date.parse('2026-03-10T09:00:00Z');
const step = 'conversations-003-handled-at-index';

it('SQLite: the plan of a statement no index serves is a scan, and the store holds the rows written', async () => {
  let checked = false;
  const setup = {
    step,
    now: NOW,
    statement: 'SELECT * FROM handled_events WHERE length(event_key) = ?',
    params: [15],
    fill: (db: Database.Database) =>
      void db.prepare("INSERT INTO handled_events VALUES ('slack:event:Ev1', '2026-03-10T08:00:00Z')").run(),
  };
  await sqlitePlanAfterStep(join(dir, 'scan.db'), setup, async (details, store) => {
    expect(details).toEqual([expect.stringMatching(/^SCAN handled_events/)]);
    expect(await store.conversations.markEventHandled('slack:event:Ev1')).toBe(false);
    checked = true;
  });
  expect(checked).toBe(true);
});

it('PostgreSQL: the plan of a statement no index serves is a table scan, and the store holds the rows written', async () => {
  let checked = false;
  const setup = {
    step,
    now: NOW,
    statement: 'SELECT * FROM handled_events WHERE handled_by = $1',
    params: ['token'],
    analyze: 'handled_events',
    fill: async (client: pg.Client) =>
      void (await client.query("INSERT INTO handled_events VALUES ('slack:event:Ev1', now(), 'token')")),
  };
  await postgresPlanAfterStep(database(), setup, async (nodes, store) => {
    expect(nodes).toContainEqual(
      expect.objectContaining({ 'Node Type': 'Seq Scan', 'Relation Name': 'handled_events' }),
    );
    expect(await store.conversations.markEventHandled('slack:event:Ev1')).toBe(false);
    checked = true;
  });
  expect(checked).toBe(true);
}, 60_000);
