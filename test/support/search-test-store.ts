import pg from 'pg';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { createTestDatabase } from './shared-postgres';

/**
 * A fresh PostgreSQL store and a client on its schema, for a test that calls the search's
 * functions. Statistics come only from the test's own ANALYZE: autovacuum analysing the table
 * first (a busy machine makes that likelier) would take away the "not yet analysed" state.
 */
export async function searchTestStore(): Promise<{ store: AsyncStore; client: pg.Client }> {
  const database = await createTestDatabase();
  const schema = database.freshSchema();
  const store = await openPostgresStore({ url: database.url, schema, now: () => new Date(0) });
  const client = new pg.Client({ connectionString: database.url, options: `-c search_path=${schema},public` });
  await client.connect();
  await client.query('ALTER TABLE articles SET (autovacuum_enabled = false)');
  return { store, client };
}

/**
 * What `run` returns and how much a statistic of the articles table (pg_stat_get_xact_tuples_fetched,
 * …_blocks_fetched) grew while it ran, counted by PostgreSQL in one transaction, rolled back.
 */
export async function countedInArticles<T>(
  client: pg.Client,
  statistic: 'tuples_fetched' | 'blocks_fetched',
  run: () => Promise<T>,
): Promise<{ result: T; count: number }> {
  const read = async () =>
    Number(
      (await client.query<{ n: string }>(`SELECT pg_stat_get_xact_${statistic}('articles'::regclass) AS n`)).rows[0]!.n,
    );
  await client.query('BEGIN');
  try {
    // Counts not yet reported may include earlier transactions': the difference is this one's.
    const before = await read();
    const result = await run();
    return { result, count: (await read()) - before };
  } finally {
    await client.query('ROLLBACK');
  }
}
