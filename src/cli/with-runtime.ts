import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { configSchema } from '../config/config-schema';
import { type Config, ConfigError, loadConfig } from '../config/load-config';
import { createLogger, type Logger } from '../logging/create-logger';
import { createRuntime, type Runtime, type RuntimeOptions } from '../main';
import { projectPath } from '../project-path';
import { DatabaseUnreachableError } from '../store/postgres/postgres-errors';
import { type CliIo, SetupError } from './cli-io';
import { dotenvLinesWithoutValue } from './dotenv-lines-without-value';

const settingNames = Object.keys(configSchema.shape);

/**
 * Log only warnings and errors (true) or only errors ('error'), unless NEWSBRIEF_LOG_LEVEL is set:
 * always, never, or depending on the config.
 */
export type Quiet = boolean | 'error' | ((config: Config) => boolean | 'error');

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
    await runtime.close();
  }
}

/** Where log lines go, given the config: io.stderr as JSON unless a command chooses otherwise. */
export type LogDestination = (config: Config) => NodeJS.WritableStream | undefined;

export async function openRuntime(
  io: CliIo,
  quiet: Quiet,
  destination?: LogDestination,
  options: Pick<RuntimeOptions, 'whoIsWhoInPool'> = {},
): Promise<Runtime> {
  const { config, logger } = loadCliSettings(io, quiet, destination);
  try {
    return await createRuntime(config, {
      logger,
      bundledWorker: io.bundledWorker,
      workerPool: io.workerPool,
      ...options,
    });
  } catch (error) {
    // One line, the URL without its password, exit 2: a setting or a server to fix, not a bug.
    if (error instanceof DatabaseUnreachableError) {
      throw new SetupError(`newsbrief ${error.message}; check NEWSBRIEF_DATABASE_URL and that the server is running.`);
    }
    throw error;
  }
}

/** Config and logger only, for commands that need no store. */
export function loadCliSettings(
  io: CliIo,
  quiet: Quiet,
  destination?: LogDestination,
): { config: Config; logger: Logger } {
  const lineProblems = loadDotenv(io.env);
  const config = resolveDatabasePath(loadConfigWith(io.env, lineProblems));
  const isQuiet = typeof quiet === 'function' ? quiet(config) : quiet;
  const level =
    isQuiet && !io.env.NEWSBRIEF_LOG_LEVEL ? (isQuiet === 'error' ? 'error' : 'warn') : config.NEWSBRIEF_LOG_LEVEL;
  return { config, logger: createLogger({ level, destination: () => destination?.(config) ?? io.stderr }) };
}

/**
 * .env from the current folder, then the newsbrief folder's (the first one to set a key wins).
 * dotenv (and the node:crypto it imports) loads only when there is such a file: without one, a
 * one-shot command would pay its start-up cost for nothing.
 */
function loadDotenv(env: NodeJS.ProcessEnv): string[] {
  const files = ['.env', projectPath('.env')].filter((file) => existsSync(file));
  if (files.length === 0) return [];
  const dotenv = createRequire(import.meta.url)('dotenv') as typeof import('dotenv');
  dotenv.config({ quiet: true, processEnv: env, path: files });
  return dotenvLinesWithoutValue([...new Set(files.map((file) => resolve(file)))], dotenv.parse, settingNames);
}

/** The config, with the .env lines that were not read reported beside any other problem. */
function loadConfigWith(env: NodeJS.ProcessEnv, lineProblems: string[]): Config {
  try {
    const config = loadConfig(env);
    if (lineProblems.length > 0) throw new ConfigError(lineProblems);
    return config;
  } catch (error) {
    if (error instanceof ConfigError && !lineProblems.every((p) => error.problems.includes(p)))
      throw new ConfigError([...error.problems, ...lineProblems]);
    throw error;
  }
}

/**
 * A relative NEWSBRIEF_DB (the default data/newsbrief.db included) is inside the newsbrief
 * folder, whatever the current directory: `cd src && newsbrief brief ferry` uses the same store.
 */
export function resolveDatabasePath(config: Config): Config {
  if (config.NEWSBRIEF_DB === ':memory:' || isAbsolute(config.NEWSBRIEF_DB)) return config;
  return { ...config, NEWSBRIEF_DB: resolve(projectPath(), config.NEWSBRIEF_DB) };
}
