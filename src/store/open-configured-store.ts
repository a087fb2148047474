import type { Logger } from 'pino';
import type { Config } from '../config/load-config';
import type { AsyncStore } from './async/async-store';
import { openAsyncSqliteStore } from './async/open-async-sqlite-store';
import { redactDatabaseUrl } from './postgres/postgres-errors';
import { postgresOptionsFromConfig } from './postgres/postgres-options-from-env';

type StoreConfig = Pick<
  Config,
  'NEWSBRIEF_DB' | 'NEWSBRIEF_DATABASE_URL' | 'NEWSBRIEF_DB_SCHEMA' | 'NEWSBRIEF_DB_POOL_SIZE' | 'NEWSBRIEF_DB_PREPARED'
>;

export interface ConfiguredStore {
  store: AsyncStore;
  /** What to tell the operator: the SQLite file, or the URL without its password (and schema). */
  description: string;
}

/**
 * The store the bot and every command use: PostgreSQL when NEWSBRIEF_DATABASE_URL is set (no
 * SQLite file is created), else the SQLite file. Either is migrated when its schema is behind.
 * An unreachable PostgreSQL server rejects with a DatabaseUnreachableError naming the URL minus
 * its password.
 */
export async function openConfiguredStore(
  config: StoreConfig,
  options: { now?: () => Date; logger: Logger },
): Promise<ConfiguredStore> {
  const postgres = postgresOptionsFromConfig(config);
  if (!postgres) {
    return {
      store: openAsyncSqliteStore({ path: config.NEWSBRIEF_DB, now: options.now }),
      description: config.NEWSBRIEF_DB,
    };
  }
  // pg loads only here: SQLite runs (and `--version`) never pay for it.
  const { openPostgresStore } = await import('./postgres/open-postgres-store');
  const { url, schema } = postgres;
  const store = await openPostgresStore({
    ...postgres,
    now: options.now,
    // An idle connection dropped by a restart or failover is replaced on the next call.
    onIdleError: (error) => options.logger.warn({ err: error.message }, 'database connection lost; reconnecting'),
  });
  const safeUrl = redactDatabaseUrl(url);
  return { store, description: schema ? `${safeUrl} (schema ${schema})` : safeUrl };
}
