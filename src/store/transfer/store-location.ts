import type { OpenPostgresStoreOptions } from '../postgres/open-postgres-store';

/** Where a newsroom's data lives: a SQLite file or a PostgreSQL database (schema, pool size). */
export type StoreLocation =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

/** `postgres://…` or `postgresql://…` names a PostgreSQL database; anything else a SQLite file path. */
export function isPostgresUrl(text: string): boolean {
  return /^postgres(ql)?:\/\//i.test(text);
}

/**
 * The store every command uses: PostgreSQL when the settings name one (NEWSBRIEF_DATABASE_URL,
 * with NEWSBRIEF_DB_SCHEMA and NEWSBRIEF_DB_POOL_SIZE), else the SQLite file `databasePath`.
 */
export function storeLocationFromSettings(
  databasePath: string,
  postgres: OpenPostgresStoreOptions | undefined,
): StoreLocation {
  if (!postgres) return { kind: 'sqlite', path: databasePath };
  const { url, schema, poolSize } = postgres;
  return { kind: 'postgres', url, ...(schema ? { schema } : {}), ...(poolSize ? { poolSize } : {}) };
}
