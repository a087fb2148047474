import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import type { WorkerPool } from '../../src/workers/create-worker-pool';
import { captureIo } from './capture-io';

/**
 * For a test file (or a describe block): `newsbrief ingest <paths>` runs once, with the real CLI,
 * engine and SQLite, into a store file that each test copies to its own path. Ingesting and
 * analysing the same articles again before every test was most of those tests' time; a copy is
 * the same file the command wrote, so what a test reads or changes is still the real thing.
 * Returns the copier: it writes the store (and a -wal/-shm beside it, if any) to the given path.
 * `workerPool`: the file's shared pool (shared-worker-pool.ts), if it has one.
 */
export function ingestedStore(paths: string[], workerPool?: WorkerPool): (dbPath: string) => void {
  let template = '';
  beforeAll(async () => {
    template = join(mkdtempSync(join(tmpdir(), 'newsbrief-ingested-')), 'newsbrief.db');
    const io = captureIo({ NEWSBRIEF_DB: template, NEWSBRIEF_LOG_LEVEL: 'silent' }, [], workerPool);
    const code = await runCli(['ingest', ...paths], io);
    if (code !== 0) throw new Error(`ingest ${paths.join(' ')} exited ${code}: ${io.err()}${io.out()}`);
  });
  afterAll(() => rmSync(dirname(template), { recursive: true, force: true }));
  return (dbPath) => {
    mkdirSync(dirname(dbPath), { recursive: true });
    const name = basename(template);
    for (const file of readdirSync(dirname(template))) {
      if (file.startsWith(name)) copyFileSync(join(dirname(template), file), `${dbPath}${file.slice(name.length)}`);
    }
  };
}
