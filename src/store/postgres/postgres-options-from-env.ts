import { type Config, loadConfig } from '../../config/load-config';
import type { OpenPostgresStoreOptions } from './open-postgres-store';

type PostgresConfig = Pick<
  Config,
  'NEWSBRIEF_DATABASE_URL' | 'NEWSBRIEF_DB_SCHEMA' | 'NEWSBRIEF_DB_POOL_SIZE' | 'NEWSBRIEF_DB_PREPARED'
>;
const POSTGRES_KEYS = [
  'NEWSBRIEF_DATABASE_URL',
  'NEWSBRIEF_DB_SCHEMA',
  'NEWSBRIEF_DB_POOL_SIZE',
  'NEWSBRIEF_DB_PREPARED',
] as const;

/**
 * The PostgreSQL settings from an already checked config, or undefined when no URL is set
 * (SQLite then). `url` replaces NEWSBRIEF_DATABASE_URL (a command's --database); the schema, pool
 * size and prepared-statement setting still come from the config.
 */
export function postgresOptionsFromConfig(
  config: PostgresConfig,
  url = config.NEWSBRIEF_DATABASE_URL,
): OpenPostgresStoreOptions | undefined {
  if (!url) return undefined;
  const schema = config.NEWSBRIEF_DB_SCHEMA;
  return {
    url,
    poolSize: config.NEWSBRIEF_DB_POOL_SIZE,
    preparedStatements: config.NEWSBRIEF_DB_PREPARED,
    ...(schema ? { schema } : {}),
  };
}

/**
 * The same from raw environment variables (the benchmarks, which load no config). They are checked
 * by the config schema, the one place the rules live, so this refuses exactly what the bot
 * refuses, with the same message naming every bad setting.
 */
export function postgresOptionsFromEnv(env: NodeJS.ProcessEnv): OpenPostgresStoreOptions | undefined {
  if (!env.NEWSBRIEF_DATABASE_URL?.trim()) return undefined;
  return postgresOptionsFromConfig(loadConfig(Object.fromEntries(POSTGRES_KEYS.map((key) => [key, env[key]]))));
}
