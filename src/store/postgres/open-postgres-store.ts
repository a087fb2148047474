import pg from 'pg';
import type { AsyncRepositories, AsyncStore } from '../async/async-store';
import { applyPostgresMigrations, pendingPostgresMigrations, quoteIdentifier } from './apply-postgres-migrations';
import { createPostgresArticleRepository } from './postgres-article-repository';
import { createPostgresConversationRepository } from './postgres-conversation-repository';
import { newsbriefTypes, type PgDb, poolDb, type RetryPolicy, runTransaction } from './postgres-database';
import { DatabaseUnreachableError, redactDatabaseUrl } from './postgres-errors';
import { createPostgresFeedRepository } from './postgres-feed-repository';
import { createPostgresLlmCacheRepository } from './postgres-llm-cache-repository';
import { type PostgresMigration, postgresMigrations } from './postgres-migrations';
import { createPostgresPostSlots } from './postgres-post-slots';
import { createPostgresScheduleRepository } from './postgres-schedule-repository';

export interface OpenPostgresStoreOptions {
  /** postgres://user:password@host:port/database (the password is never logged or shown). */
  url: string;
  /** Connections in the pool (NEWSBRIEF_DB_POOL_SIZE); each replica has its own pool. */
  poolSize?: number;
  /** A schema of its own per newsroom, so one database can hold several (NEWSBRIEF_DB_SCHEMA). */
  schema?: string;
  /** 'apply' (default) migrates a schema that is behind; 'check' refuses to open one instead. */
  migrations?: 'apply' | 'check';
  /** How long a call keeps retrying while the server is unreachable (restart, failover). */
  retryForMs?: number;
  /** False sends statements unnamed, for a pooler in transaction mode (NEWSBRIEF_DB_PREPARED). */
  preparedStatements?: boolean;
  /** How long one connection attempt may take. */
  connectTimeoutMs?: number;
  /** Clock for ingested/updated/handled times (tests inject one). */
  now?: () => Date;
  /** Connection errors of idle pooled connections (the server went away); they are replaced. */
  onIdleError?: (error: Error) => void;
  /** Applied after the built-in migrations (tests, experiments). */
  extraMigrations?: readonly PostgresMigration[];
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Connects, migrates (or checks) the schema and returns the PostgreSQL store. Fails at once with
 * a DatabaseUnreachableError naming the URL minus its password when the server cannot be reached.
 */
export async function openPostgresStore(options: OpenPostgresStoreOptions): Promise<AsyncStore> {
  const { pool } = await openPostgresPool(options);
  return postgresStore(pool, options);
}

/**
 * The pool behind the store, with the schema migrated (or checked): for export/import and
 * `migrate`, which work on tables rather than repositories. `applied` lists the steps it ran.
 */
export async function openPostgresPool(
  options: OpenPostgresStoreOptions,
): Promise<{ pool: pg.Pool; applied: string[] }> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(`"${options.schema}" is not a usable schema name: use lower-case letters, digits and _`);
  }
  const pool = createPool(options);
  const migrations = [...postgresMigrations, ...(options.extraMigrations ?? [])];
  try {
    // Nothing has run yet: any failure here (refused, unknown host, TLS, password) is the
    // database being unreachable for us, said in one line without the password.
    const client = await pool.connect().catch((error: unknown) => {
      throw new DatabaseUnreachableError(redactDatabaseUrl(options.url), error);
    });
    try {
      if (options.migrations === 'check') {
        const pending = await pendingPostgresMigrations(client, migrations);
        if (pending.length > 0) {
          throw new Error(`the database schema is behind (${pending.join(', ')} not applied): run newsbrief migrate`);
        }
        return { pool, applied: [] };
      }
      return { pool, applied: await applyPostgresMigrations(client, migrations, options.schema) };
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
}

function createPool(options: OpenPostgresStoreOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: 'newsbrief',
    types: newsbriefTypes,
    ...(options.schema ? { options: `-c search_path=${quoteIdentifier(options.schema)},public` } : {}),
  });
  // An idle connection the server dropped (restart, failover) emits here; without a listener the
  // process would crash. The pool discards it and the next call opens a new one.
  pool.on('error', (error) => options.onIdleError?.(error));
  return pool;
}

function repositories(db: PgDb, now: (() => Date) | undefined): AsyncRepositories {
  return {
    articles: createPostgresArticleRepository(db, { now }),
    conversations: createPostgresConversationRepository(db, { now }),
    llmCache: createPostgresLlmCacheRepository(db),
    schedules: createPostgresScheduleRepository(db, { now }),
    feeds: createPostgresFeedRepository(db, { now }),
    postSlots: createPostgresPostSlots(db),
  };
}

function postgresStore(pool: pg.Pool, options: OpenPostgresStoreOptions): AsyncStore {
  const policy: RetryPolicy = {
    retryForMs: options.retryForMs ?? 30_000,
    preparedStatements: options.preparedStatements ?? true,
  };
  const db = poolDb(pool, policy);
  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    ...repositories(db, options.now),
    // Not repeated on a new connection once `work` ran: it may do more than store calls.
    transaction: (work) => runTransaction(pool, policy, false, (tx) => work(repositories(tx, options.now))),
    ping: async () => void (await db.query('SELECT 1')),
    close() {
      // pool.end waits for checked-out connections to be released, i.e. for calls in flight.
      closing ??= pool.end();
      return closing;
    },
  };
}
