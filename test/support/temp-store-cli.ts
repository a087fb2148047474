import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import type { WorkerPool } from '../../src/workers/create-worker-pool';
import { captureIo } from './capture-io';

/**
 * For a CLI test file: each test gets its own folder and SQLite store (NEWSBRIEF_DB inside it, logs
 * silent), removed after it. `cli` runs the real CLI in process and returns its exit code and output;
 * `dir` is the test's folder, for the files it writes. `workerPool`: the file's shared pool, for
 * every command `cli` runs (shared-worker-pool.ts).
 */
export function tempStoreCli(prefix: string, workerPool?: WorkerPool) {
  let dir = '';
  let env: NodeJS.ProcessEnv = {};
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    env = { NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir: () => dir,
    async cli(args: string[]) {
      const io = captureIo(env, [], workerPool);
      const code = await runCli(args, io);
      return { code, out: io.out(), err: io.err() };
    },
  };
}
