import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, inject } from 'vitest';
import { startPostgresCluster } from './postgres-cluster';

interface ClusterInfo {
  port: number;
  dataDir: string;
}

/** A database of its own on the run's shared server, for one test file. */
export interface TestDatabase {
  url: string;
  /** A new schema name: a fresh, empty store for one test. */
  freshSchema(): string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The run's PostgreSQL server: the first test file (in any worker) to ask starts it, holding a
 * lock folder; the others wait for its address. globalSetup stops it after the run.
 */
async function sharedCluster(): Promise<ClusterInfo> {
  const runDir = inject('postgresRunDir');
  if (!runDir) throw new Error('test/support/postgres-global-setup.ts is not configured as a vitest globalSetup');
  const info = join(runDir, 'cluster.json');
  const failed = join(runDir, 'cluster-error.txt');
  try {
    mkdirSync(join(runDir, 'lock'));
    try {
      const cluster = await startPostgresCluster();
      writeFileSync(`${info}.tmp`, JSON.stringify({ port: cluster.port, dataDir: cluster.dataDir }));
      renameSync(`${info}.tmp`, info);
    } catch (error) {
      writeFileSync(failed, String(error));
      throw error;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (let waited = 0; waited < 120_000; waited += 100) {
    if (existsSync(info)) return JSON.parse(readFileSync(info, 'utf8')) as ClusterInfo;
    if (existsSync(failed))
      throw new Error(`the test PostgreSQL server did not start: ${readFileSync(failed, 'utf8')}`);
    await sleep(100);
  }
  throw new Error('timed out waiting for the test PostgreSQL server');
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const { port } = await sharedCluster();
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(`postgres://postgres@127.0.0.1:${port}/postgres`);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  let schemas = 0;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${name}`,
    freshSchema: () => `s${++schemas}`,
  };
}

/**
 * For a test file: one database of its own on the shared test server, made before its tests
 * run (the server starts with the first file that asks). Call the result inside a test.
 */
export function useTestDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);
  return () => {
    if (!database) throw new Error('the test database is made in beforeAll: ask for it inside a test');
    return database;
  };
}
