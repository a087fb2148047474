import type pg from 'pg';
import type { PostgresMigration } from './postgres-migrations';

/**
 * Applies every migration not yet recorded in schema_migrations, in order, each in its own
 * transaction. Replicas starting together queue on an advisory lock (one per schema), so the
 * schema is migrated once; the others then find every step applied. Returns the ids applied.
 */
export async function applyPostgresMigrations(
  client: pg.ClientBase,
  migrations: readonly PostgresMigration[],
  schema: string | undefined,
): Promise<string[]> {
  const seen = new Set<string>();
  for (const m of migrations) {
    if (seen.has(m.id)) throw new Error(`Duplicate migration id "${m.id}"`);
    seen.add(m.id);
  }
  const lockKey = `newsbrief-migrations:${schema ?? ''}`;
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
  try {
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id text PRIMARY KEY,
      applied_at timestamptz NOT NULL
    )`);
    const done = new Set(
      (await client.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, now())', [m.id]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.id} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(m.id);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
  }
}

/** Ids not yet applied (an empty list when the schema is current); nothing is changed. */
export async function pendingPostgresMigrations(
  client: pg.ClientBase,
  migrations: readonly PostgresMigration[],
): Promise<string[]> {
  const table = await client.query("SELECT to_regclass('schema_migrations') AS t");
  if (table.rows[0].t === null) return migrations.map((m) => m.id);
  const done = new Set((await client.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
  return migrations.filter((m) => !done.has(m.id)).map((m) => m.id);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
