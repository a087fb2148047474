import { fileURLToPath } from 'node:url';
import { startBot } from '../main';
import type { CliIo } from './cli-io';
import { openRuntime } from './with-runtime';

const SAMPLES_DIR = fileURLToPath(new URL('../../samples', import.meta.url));

/** `newsbrief start`: runs until input ends or SIGINT/SIGTERM, then finishes work and closes the store. */
export async function startCommand(_argv: string[], io: CliIo): Promise<number> {
  // A console chat shares the terminal with stderr: keep info logs out of it unless asked for.
  const runtime = await openRuntime(io, (config) => !config.SLACK_BOT_TOKEN && !config.DISCORD_TOKEN);
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
      stopSignal,
      samplesDir: SAMPLES_DIR,
      status: io.stderr,
    });
    return 0;
  } finally {
    release();
    runtime.close();
  }
}
