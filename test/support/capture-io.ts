import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io';
import type { WorkerPool } from '../../src/workers/create-worker-pool';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

/**
 * CLI streams in memory; `input` lines are what a pipe would feed to `start`. Ingest threads run
 * the built worker: the product tests' global setup (build-cli.ts) has just built it from the
 * current sources, and it starts in a fifth of the CPU time tsx takes to compile the sources.
 * `workerPool`: the file's shared pool (shared-worker-pool.ts); without it each command starts its own.
 */
export function captureIo(env: NodeJS.ProcessEnv, input: string[] = [], workerPool?: WorkerPool): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  return {
    stdout,
    stderr,
    stdin: Readable.from(input.map((line) => `${line}\n`)),
    env: { ...env },
    interactive: false,
    bundledWorker: true,
    workerPool,
    out: () => out,
    err: () => err,
  };
}
