import type pg from 'pg';
import { quoteIdentifier } from '../postgres/apply-postgres-migrations';
import { openPostgresPool } from '../postgres/open-postgres-store';
import { knownMigrationIds } from './known-migration-ids';
import { PAGE_SIZE, type TableStore } from './table-store';
import { type PortableRow, pageQuery, type TransferTable, transferTables } from './transfer-tables';

/**
 * A PostgreSQL database (schema) as tables, migrated first. Two connections at most (one writes,
 * in one transaction), fewer when NEWSBRIEF_DB_POOL_SIZE allows fewer.
 */
export async function openPostgresTableStore(options: {
  url: string;
  schema?: string;
  poolSize?: number;
}): Promise<TableStore> {
  const { pool } = await openPostgresPool({ ...options, poolSize: Math.min(2, options.poolSize ?? 2) });
  const fromPortable = (table: TransferTable, row: PortableRow): unknown[] =>
    Object.entries(table.columns).map(([column, kind]) => {
      const value = row[column];
      if (value === null || value === undefined) return null;
      if (kind === 'json') return JSON.stringify(value);
      // PostgreSQL text cannot hold NUL characters (SQLite can); they carry no meaning here.
      if (kind === 'text' && typeof value === 'string') return value.replaceAll('\u0000', '');
      return value;
    });

  return {
    kind: 'postgres',
    knownMigrations: knownMigrationIds,
    async appliedMigrations() {
      const result = await pool.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
      return result.rows.map((r) => r.id);
    },
    async lastIds() {
      const out: Record<string, number> = {};
      for (const table of transferTables.filter((t) => t.identity)) {
        const named = await pool.query<{ sequence: string }>('SELECT pg_get_serial_sequence($1, $2) AS sequence', [
          table.name,
          table.identity,
        ]);
        // The name comes quoted and schema-qualified. Until the sequence hands out an id (a new
        // store, or an import's setval(next, false)) last_value is the next id, not one given.
        const result = await pool.query<{ last_value: string; is_called: boolean }>(
          `SELECT last_value, is_called FROM ${named.rows[0]!.sequence}`,
        );
        const row = result.rows[0]!;
        const last = Number(row.last_value) - (row.is_called ? 0 : 1);
        if (last > 0) out[table.name] = last;
      }
      return out;
    },
    async *pages(table) {
      let after: unknown[] | null = null;
      for (;;) {
        const result: pg.QueryResult = await pool.query(
          pageQuery(table, (i) => `$${i}`, after, PAGE_SIZE),
          after ?? [],
        );
        if (result.rows.length === 0) return;
        yield result.rows as PortableRow[];
        const last = result.rows[result.rows.length - 1]!;
        after = table.key.map((k) => last[k]);
      }
    },
    async isEmpty() {
      const checks = transferTables.map((t) => `EXISTS (SELECT 1 FROM ${t.name})`).join(' OR ');
      const result = await pool.query<{ any: boolean }>(`SELECT (${checks}) AS any`);
      return !result.rows[0]!.any;
    },
    async writeAll(batches, lastIds = {}) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for await (const { table, rows } of batches) {
          const columns = Object.keys(table.columns);
          const params = rows.flatMap((row) => fromPortable(table, row));
          const tuples = rows.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
          await client.query(`INSERT INTO ${table.name} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
        }
        // Identity columns continue after the imported ids and the source's removed ones, so new
        // rows never collide with them nor take a removed schedule's id.
        for (const table of transferTables.filter((t) => t.identity)) {
          const column = table.identity!;
          await client.query(
            `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(COALESCE((SELECT max(${quoteIdentifier(column)}) FROM ${table.name}), 0), $3) + 1, false)`,
            [table.name, column, lastIds[table.name] ?? 0],
          );
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release();
        throw error;
      }
      try {
        // A bulk load leaves the planner without statistics and new search-index entries in GIN's
        // pending list (read by every search) until autovacuum comes round: do its work now.
        await client.query(`VACUUM (ANALYZE) ${transferTables.map((t) => t.name).join(', ')}`);
      } catch {
        // The rows are committed: an import must not report failure (and refuse a retry as
        // "already holds data") because the statistics pass did not run; autovacuum will.
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
