import { ConfigError } from '../config/load-config';
import { StoreFileError } from '../store/sqlite/open-database-file';
import { type CliIo, processIo, UsageError } from './cli-io';
import { HELP_TEXT } from './help-text';

type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

// Loaded on demand: `brief` should not pay for importing Bolt and discord.js.
const commands: Record<string, () => Promise<CliCommand>> = {
  start: async () => (await import('./start-command')).startCommand,
  ingest: async () => (await import('./ingest-command')).ingestCommand,
  brief: async () => (await import('./brief-command')).briefCommand,
  ask: async () => (await import('./ask-command')).askCommand,
  analyze: async () => (await import('./analyze-command')).analyzeCommand,
  eval: async () => (await import('./eval-command')).evalCommand,
  tick: async () => (await import('./scheduler-cli')).tickCli,
  schedules: async () => (await import('./scheduler-cli')).schedulesCli,
  'register-discord': async () => (await import('./register-discord-command')).registerDiscordCommand,
  migrate: async () => (await import('./migrate-command')).migrateCommand,
  export: async () => (await import('./export-command')).exportCommand,
  import: async () => (await import('./import-command')).importCommand,
  help: async () => async (_argv, io) => {
    io.stdout.write(HELP_TEXT);
    return 0;
  },
};

/** Runs one CLI command and returns its exit code; every expected failure is a clear message. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name = 'help', ...rest] = argv;
  const load = commands[name === '--help' || name === '-h' ? 'help' : name];
  if (!load) {
    io.stderr.write(`Unknown command "${name}".\n\n${HELP_TEXT}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof StoreFileError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (String((error as { code?: unknown })?.code).startsWith('SQLITE_READONLY')) {
      io.stderr.write(
        'The database file is read-only, and this command writes to it: set NEWSBRIEF_DB to a writable file.\n',
      );
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\nUsage: ${error.usage}\n`);
      return 2;
    }
    // parseArgs reports unknown or malformed options with this code.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${error.message}\nSee: newsbrief help\n`);
      return 2;
    }
    throw error;
  }
}
