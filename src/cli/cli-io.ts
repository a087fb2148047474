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
