import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config/load-config';
import { createWorkerPool, type WorkerPool } from '../../src/workers/create-worker-pool';

/**
 * For a test file whose commands ingest but whose tests do not look at the pool itself (its
 * start, time limit, recycling or close): one ingest thread, started on first use, serves every
 * command the file runs and is stopped after the file. Each command would otherwise start its own
 * thread, load the worker bundle and compile the engine again (most of a short ingest's CPU).
 * The pool is the product's (the built worker, the default time limit and recycling); only its life
 * is the file's.
 */
export function sharedWorkerPool(): WorkerPool {
  const pool = createWorkerPool({
    jobTimeoutMs: loadConfig({}).NEWSBRIEF_INGEST_TIMEOUT_SECONDS * 1000,
    bundledWorker: true,
  });
  afterAll(() => pool.close());
  return pool;
}
