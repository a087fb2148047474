import { parseArgs } from 'node:util';
import type { Config } from '../config/load-config';
import { createConsoleLogStream } from '../platforms/console/console-log-stream';
import { projectPath } from '../project-path';
import { startBot } from '../start-bot';
import { type CliIo, SetupError, UsageError } from './cli-io';
import { setupErrorMessage } from './setup-error-message';
import { openRuntime } from './with-runtime';
import { writableStore } from './writable-store';

const SAMPLES_DIR = projectPath('samples');

/** `newsbrief start`: runs until input ends or SIGINT/SIGTERM, then finishes work and closes the store. */
export async function startCommand(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length > 0)
    throw new UsageError(`start takes no words ("${positionals.join(' ')}"); settings come from .env.`);
  // A console chat shares the terminal with stderr: keep info logs out of it unless asked for.
  const consoleChat = (config: Config) => !config.SLACK_BOT_TOKEN && !config.DISCORD_TOKEN;
  // Where the chat shares a screen with the log (typed at a terminal, or piped in with stderr on
  // a terminal), the terminal is the conversation's: only errors are shown, as readable sentences.
  // A warning there (a link that could not be added) repeats what the reply already says, between
  // the command and its reply. NEWSBRIEF_LOG_LEVEL still shows more; stderr that is not a terminal
  // keeps warnings, as JSON lines.
  const onScreen = io.interactive || Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  // The bot's event loop serves every channel: a brief's who is who is made in the worker pool.
  const runtime = await openRuntime(
    io,
    (config) => (consoleChat(config) && onScreen ? 'error' : consoleChat(config)),
    (config) => (consoleChat(config) && onScreen ? createConsoleLogStream(io.stderr) : undefined),
    { whoIsWhoInPool: true },
  );
  try {
    writableStore(runtime, 'the bot records its threads, schedules and added stories');
  } catch (error) {
    await runtime.close();
    throw error;
  }
  let release = () => {};
  const stopSignal = new Promise<string>((resolve) => {
    const onSignal = (signal: string) => resolve(signal);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    release = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    };
  });
  try {
    await startBot(runtime, {
      input: io.stdin,
      output: io.stdout,
      interactive: io.interactive,
      ...(io.terminal === undefined ? {} : { terminal: io.terminal }),
      stopSignal,
      samplesDir: SAMPLES_DIR,
      status: io.stderr,
    });
    return 0;
  } catch (error) {
    const setup = setupErrorMessage(error);
    throw setup ? new SetupError(setup) : error;
  } finally {
    release();
    await runtime.close();
  }
}
