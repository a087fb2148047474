import dotenv from 'dotenv';
import { type Config, loadConfig } from '../config/load-config';
import { createLogger, type Logger } from '../logging/create-logger';
import { createRuntime, type Runtime } from '../main';
import type { CliIo } from './cli-io';

/** Log only warnings (unless NEWSBRIEF_LOG_LEVEL is set): always, never, or depending on the config. */
export type Quiet = boolean | ((config: Config) => boolean);

/**
 * Loads .env and the config once, opens the runtime, runs `fn`, and always closes the store.
 * One-shot commands log only warnings unless NEWSBRIEF_LOG_LEVEL asks for more, so stdout and
 * stderr stay readable.
 */
export async function withRuntime<T>(io: CliIo, fn: (runtime: Runtime) => Promise<T>, quiet: Quiet = true): Promise<T> {
  const runtime = await openRuntime(io, quiet);
  try {
    return await fn(runtime);
  } finally {
    runtime.close();
  }
}

export async function openRuntime(io: CliIo, quiet: Quiet): Promise<Runtime> {
  const { config, logger } = loadCliSettings(io, quiet);
  return createRuntime(config, { logger });
}

/** Config and logger only, for commands that need no store. */
export function loadCliSettings(io: CliIo, quiet: Quiet): { config: Config; logger: Logger } {
  dotenv.config({ quiet: true, processEnv: io.env });
  const config = loadConfig(io.env);
  const isQuiet = typeof quiet === 'function' ? quiet(config) : quiet;
  const level = isQuiet && !io.env.NEWSBRIEF_LOG_LEVEL ? 'warn' : config.NEWSBRIEF_LOG_LEVEL;
  return { config, logger: createLogger({ level, destination: io.stderr }) };
}
