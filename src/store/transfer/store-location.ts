/** Where a newsroom's data lives: a SQLite file or a PostgreSQL database (and schema). */
export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema?: string };

/** `postgres://…` or `postgresql://…` is a PostgreSQL database; anything else a SQLite file path. */
export function parseStoreLocation(text: string, schema?: string): StoreLocation {
  return /^postgres(ql)?:\/\//i.test(text)
    ? { kind: 'postgres', url: text, ...(schema ? { schema } : {}) }
    : { kind: 'sqlite', path: text };
}

/**
 * The store `start` uses: PostgreSQL when NEWSBRIEF_DATABASE_URL is set (in the schema
 * NEWSBRIEF_DB_SCHEMA when given), else the SQLite file NEWSBRIEF_DB.
 */
export function configuredStoreLocation(env: NodeJS.ProcessEnv): StoreLocation {
  const url = env.NEWSBRIEF_DATABASE_URL?.trim();
  const schema = env.NEWSBRIEF_DB_SCHEMA?.trim() || undefined;
  if (url) return parseStoreLocation(url, schema);
  return { kind: 'sqlite', path: env.NEWSBRIEF_DB?.trim() || 'data/newsbrief.db' };
}
