/** The streams and environment a CLI command uses; tests pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** True when stdin is an interactive terminal (the console chat shows a prompt). */
  interactive: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    interactive: Boolean(process.stdin.isTTY),
  };
}

/** A mistake in how a command was called: shown with its usage, exit code 2. */
export class UsageError extends Error {
  readonly code = 'usage';
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}
