import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config/load-config';
import { createWorkerPool, type WorkerPool } from '../../src/workers/create-worker-pool';

/**
 * For a test file whose commands ingest but whose tests do not look at the pool itself (its
 * start, time limit, recycling or close): one ingest thread, started on first use, serves every
 * command the file runs and is stopped after the file. Each command would otherwise start its own
 * thread, load the worker bundle and compile the engine again (most of a short ingest's CPU).
 * The pool is the product's (the built worker, the default time limit); only its life is the file's,
 * and so is the heap size that retires its thread: the product's 24 MB is just under what one small
 * article's analysis leaves (24–26 MB), so a thread would serve one command and be replaced.
 */
export function sharedWorkerPool(): WorkerPool {
  const pool = createWorkerPool({
    jobTimeoutMs: loadConfig({}).NEWSBRIEF_INGEST_TIMEOUT_SECONDS * 1000,
    bundledWorker: true,
    recycleAboveHeapMb: 64,
  });
  afterAll(() => pool.close());
  return pool;
}
