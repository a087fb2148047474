import pg from 'pg';
import { isConnectionError } from './postgres-errors';

/** Rows and the affected-row count of one statement. */
interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/**
 * What repositories run statements on: the pool (each statement on any connection, retried on a
 * new one when the server restarts) or one transaction's connection.
 */
export interface PgDb {
  /** Whether statements run inside a transaction (one connection's), not each on its own. */
  inTransaction: boolean;
  /**
   * `idempotent: false` for a statement that must not run twice (it is then not retried once sent);
   * `prepared`, a name unique to this SQL, for a hot statement: parsed and planned once a connection.
   */
  query<R = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<QueryResult<R>>;
  /**
   * Runs `work` in a transaction (a savepoint when already in one). On the pool, a transaction
   * that failed because the connection broke is run again on a new one, so `work` must be safe
   * to repeat (the store's own transactions are: their writes are upserts or checked first).
   */
  tx<T>(work: (db: PgDb) => Promise<T>): Promise<T>;
}

interface QueryOptions {
  idempotent?: boolean;
  prepared?: string;
}

/**
 * A named statement is parsed and planned once on each connection and then only bound and run: the
 * PostgreSQL server's parse and plan of ingest's insert was a sixth of its CPU per story. Unnamed,
 * the statement is parsed each time, as every other statement is.
 */
async function run<R>(client: pg.ClientBase, sql: string, params: readonly unknown[], prepared?: string) {
  const values = params as unknown[];
  const result = await (prepared ? client.query({ name: prepared, text: sql, values }) : client.query(sql, values));
  return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
}

export interface RetryPolicy {
  /** How long to keep retrying a call while the server is unreachable. */
  retryForMs: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * False sends every statement unnamed (NEWSBRIEF_DB_PREPARED=false): a pooler in transaction
   * mode (PgBouncer before 1.21, Supavisor, RDS Proxy) may run the next statement on a server
   * connection that never saw the name, which then fails with "prepared statement … does not exist".
   */
  preparedStatements?: boolean;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` on a pooled connection; when the connection (not the statement) fails, the broken
 * connection is discarded and `work` runs again on a new one, backing off, for up to
 * `retryForMs`. `sent` tells whether `work` may have reached the server; `repeatable: false`
 * work is then not repeated, because it might have been applied.
 */
async function onConnection<T>(
  pool: pg.Pool,
  policy: RetryPolicy,
  repeatable: boolean,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const sleep = policy.sleep ?? wait;
  const deadline = Date.now() + policy.retryForMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 2000)) {
    let client: pg.PoolClient | undefined;
    try {
      client = await pool.connect();
      const result = await work(client);
      client.release();
      return result;
    } catch (error) {
      const broken = isConnectionError(error);
      // release(error) destroys the connection instead of returning it to the pool.
      client?.release(broken ? (error as Error) : undefined);
      const sent = client !== undefined;
      if (!broken || (sent && !repeatable) || Date.now() + delay > deadline) throw error;
      await sleep(delay);
    }
  }
}

/** The statement's name, unless the policy sends every statement unnamed. */
const nameOf = (policy: RetryPolicy, options: QueryOptions) =>
  policy.preparedStatements === false ? undefined : options.prepared;

function clientDb(client: pg.PoolClient, depth: number, policy: RetryPolicy): PgDb {
  return {
    inTransaction: true,
    query: <R>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}) =>
      run<R>(client, sql, params, nameOf(policy, options)),
    async tx<T>(work: (db: PgDb) => Promise<T>) {
      const name = `sp${depth}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        const result = await work(clientDb(client, depth + 1, policy));
        await client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await client.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
        throw error;
      }
    },
  };
}

/** A transaction on one pooled connection: BEGIN, work, COMMIT, or ROLLBACK when work throws. */
export function runTransaction<T>(
  pool: pg.Pool,
  policy: RetryPolicy,
  repeatable: boolean,
  work: (db: PgDb) => Promise<T>,
): Promise<T> {
  return onConnection(pool, policy, repeatable, async (client) => {
    await client.query('BEGIN');
    try {
      const result = await work(clientDb(client, 0, policy));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (!isConnectionError(error)) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

export function poolDb(pool: pg.Pool, policy: RetryPolicy): PgDb {
  return {
    inTransaction: false,
    query<R>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}) {
      return onConnection(pool, policy, options.idempotent !== false, (client) =>
        run<R>(client, sql, params, nameOf(policy, options)),
      );
    },
    tx: (work) => runTransaction(pool, policy, true, work),
  };
}

const TIMESTAMPTZ = 1184;
const INT8 = 20;

/**
 * Column parsers for this pool only (pg's are global otherwise): bigint ids and counts as
 * numbers (ids stay far below 2^53), timestamps as the ISO strings the contract uses.
 */
export const newsbriefTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return (value: string) => Number(value);
    if (oid === TIMESTAMPTZ) {
      const parse = pg.types.getTypeParser(TIMESTAMPTZ) as (value: string) => Date;
      return (value: string) => parse(value).toISOString();
    }
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
} as pg.CustomTypesConfig;
