import pg from 'pg';
import { applyPostgresMigrations } from '../../src/store/postgres/apply-postgres-migrations';
import { postgresMigrations } from '../../src/store/postgres/postgres-migrations';
import type { TestDatabase } from './shared-postgres';

/**
 * A fresh schema holding every migration but `step` and its table's later steps (a database that
 * lacks a step lacks those too: articles-007 replaces the function articles-006 makes), and a
 * client connected the way the store connects (that schema first on the search path): with the
 * default path the steps would go into public, and a store opened on the schema would build it
 * afresh, testing nothing.
 */
export async function schemaBeforeStep(
  database: TestDatabase,
  step: string,
): Promise<{ schema: string; client: pg.Client }> {
  const at = postgresMigrations.findIndex((m) => m.id === step);
  const table = step.replace(/\d{3}-.*$/, '');
  const schema = database.freshSchema();
  const client = new pg.Client({ connectionString: database.url, options: `-c search_path=${schema},public` });
  await client.connect();
  try {
    await applyPostgresMigrations(
      client,
      postgresMigrations.slice(0, at).concat(postgresMigrations.slice(at).filter((m) => !m.id.startsWith(table))),
      schema,
    );
  } catch (error) {
    await client.end();
    throw error;
  }
  return { schema, client };
}
