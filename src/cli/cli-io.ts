import type { WorkerPool } from '../workers/create-worker-pool';
import { consoleTerminal } from './console-terminal';

/** The streams and environment a CLI command uses; tests pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** True when stdin is an interactive terminal (the console chat shows a prompt). */
  interactive: boolean;
  /** The terminal the process runs in (console-terminal.ts), whose console thread a restart goes on with. */
  terminal?: string;
  /**
   * Ingest threads run the built dist/pool-worker.js even when the CLI runs from source: for a
   * caller that has just built dist/ (the tests; see WorkerPoolOptions.bundledWorker).
   */
  bundledWorker?: boolean;
  /** A worker pool the caller owns, shared by the commands it runs (RuntimeOptions.workerPool). */
  workerPool?: WorkerPool;
}

const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * A reader that goes away early (`newsbrief ingest folder 2>&1 | head -1`) is not the command's
 * failure: the write that finds the pipe closed destroys the stream, later writes are dropped,
 * and the command finishes its work with its own exit code, instead of dying half-way with a
 * stack trace nobody can read.
 */
export function ignoreClosedPipe<T extends NodeJS.WritableStream>(stream: T): T {
  if (guarded.has(stream)) return stream;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return stream;
}

/**
 * The process's own streams. stderr and stdin are opened on first use: a pipe or a terminal costs
 * milliseconds to set up, and `brief` reads no input and usually writes no error.
 */
export function processIo(): CliIo {
  return {
    stdout: ignoreClosedPipe(process.stdout),
    get stderr() {
      return ignoreClosedPipe(process.stderr);
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    get interactive() {
      return Boolean(process.stdin.isTTY);
    },
    get terminal() {
      return consoleTerminal(process.env);
    },
  };
}

/** A mistake in how a command was called: shown with the command's usage (see run-cli), exit code 2. */
export class UsageError extends Error {
  readonly code = 'usage';
  constructor(message: string) {
    super(message);
  }
}

/**
 * A setup mistake found while running (a rejected token, an unreachable platform): one line
 * saying how to fix it, exit code 2, never a stack trace and never the secret itself.
 */
export class SetupError extends Error {
  readonly code = 'setup';
}
