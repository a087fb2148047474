import Database from 'better-sqlite3';
import type pg from 'pg';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { applyMigrations } from '../../src/store/sqlite/migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';
import { schemaBeforeStep } from './schema-before-step';
import type { TestDatabase } from './shared-postgres';

/** One node of PostgreSQL's EXPLAIN (FORMAT JSON) plan. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/**
 * A statement's plan on a store older than a migration step that exists for it: the store is
 * made without `step`, filled, and opened as the bot opens it (which applies the step); the plan
 * is then read from the database itself (EXPLAIN), not inferred from timings.
 */
interface PlanAfterStep<Db> {
  step: string;
  /** The store's clock. */
  now: number;
  /** The rows the step finds, written before it runs. */
  fill(db: Db): Promise<void> | void;
  statement: string;
  params: unknown[];
}

/**
 * SQLite: the plan's lines (EXPLAIN QUERY PLAN's details), then `check` with them and the store
 * opened again, for the test's checks of what the statement does; the store is closed after.
 */
export async function sqlitePlanAfterStep(
  path: string,
  setup: PlanAfterStep<Database.Database>,
  check: (plan: string[], store: AsyncStore) => Promise<void>,
): Promise<void> {
  const db = new Database(path);
  try {
    applyMigrations(
      db,
      sqliteMigrations.filter((m) => m.id !== setup.step),
    );
    await setup.fill(db);
  } finally {
    db.close();
  }
  await openAsyncSqliteStore({ path, now: () => new Date(setup.now) }).close();
  const reopened = new Database(path, { readonly: true });
  let plan: string[];
  try {
    const rows = reopened.prepare(`EXPLAIN QUERY PLAN ${setup.statement}`).all(...setup.params) as { detail: string }[];
    plan = rows.map((row) => row.detail);
  } finally {
    reopened.close();
  }
  const store = openAsyncSqliteStore({ path, now: () => new Date(setup.now) });
  try {
    await check(plan, store);
  } finally {
    await store.close();
  }
}

/**
 * PostgreSQL: every node of the plan, made once `analyze` has its planner statistics (as
 * autovacuum would gather them), then `check` with them and the open store; both connections
 * are closed after.
 */
export async function postgresPlanAfterStep(
  database: TestDatabase,
  setup: PlanAfterStep<pg.Client> & { analyze: string },
  check: (nodes: PlanNode[], store: AsyncStore) => Promise<void>,
): Promise<void> {
  const { schema, client } = await schemaBeforeStep(database, setup.step);
  try {
    await setup.fill(client);
    const store = await openPostgresStore({ url: database.url, schema, now: () => new Date(setup.now) });
    try {
      await client.query(`ANALYZE ${setup.analyze}`);
      const explained = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `EXPLAIN (FORMAT JSON) ${setup.statement}`,
        setup.params,
      );
      await check(nodesOf(explained.rows[0]!['QUERY PLAN'][0].Plan), store);
    } finally {
      await store.close();
    }
  } finally {
    await client.end();
  }
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}
