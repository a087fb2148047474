import type { Logger } from 'pino';

/**
 * Keeps the bot serving when a library throws where nobody can catch it: Bolt's HTTP receiver
 * throws a TypeError from its request handler for a correctly signed body of `null`, which
 * without a guard ends the process for every channel. The error is logged by name and message
 * only (no request, no headers, so no token or signature can reach the log). Returns a function
 * that removes the guard when the bot stops.
 */
export function installProcessGuard(logger: Logger): () => void {
  const report = (kind: string) => (error: unknown) => {
    const err =
      error instanceof Error
        ? { name: error.name, message: error.message.slice(0, 300), at: firstFrame(error.stack) }
        : { message: String(error).slice(0, 300) };
    logger.error({ kind, err }, 'unexpected error; still serving');
  };
  const onException = report('uncaughtException');
  const onRejection = report('unhandledRejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}

/** Where it was thrown: one stack line, enough to find the bug. */
function firstFrame(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .find((line) => line.trimStart().startsWith('at '))
    ?.trim();
}
