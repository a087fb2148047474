import { postgresOptionsFromConfig } from '../store/postgres/postgres-options-from-env';
import { isPostgresUrl, type StoreLocation, storeLocationFromSettings } from '../store/transfer/store-location';
import type { CliIo } from './cli-io';
import { loadCliSettings } from './with-runtime';

/**
 * The store migrate/export/import work on, found as every other command finds it: .env from the
 * current folder then the newsbrief folder, the whole config checked, a relative NEWSBRIEF_DB inside
 * the newsbrief folder (so `cd src && newsbrief export x.jsonl` exports the store `start` uses),
 * and PostgreSQL with NEWSBRIEF_DB_SCHEMA and NEWSBRIEF_DB_POOL_SIZE when NEWSBRIEF_DATABASE_URL
 * is set. `explicit` (--database, --from, --to) wins over NEWSBRIEF_DATABASE_URL and NEWSBRIEF_DB;
 * a file path given there is the user's, relative to the current folder.
 */
export function commandStoreLocation(io: CliIo, explicit: string | undefined): StoreLocation {
  const { config } = loadCliSettings(io, true);
  if (explicit !== undefined && !isPostgresUrl(explicit)) return { kind: 'sqlite', path: explicit };
  // The settings were checked with the rest of the config (loadCliSettings): not again here.
  return storeLocationFromSettings(config.NEWSBRIEF_DB, postgresOptionsFromConfig(config, explicit));
}
