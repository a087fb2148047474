import { ConfigError } from '../config/load-config';
import { analyzeCommand } from './analyze-command';
import { askCommand } from './ask-command';
import { briefCommand } from './brief-command';
import { processIo, UsageError, type CliIo } from './cli-io';
import { evalCommand } from './eval-command';
import { HELP_TEXT } from './help-text';
import { ingestCommand } from './ingest-command';
import { startCommand } from './start-command';

type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

const commands: Record<string, CliCommand> = {
  start: startCommand,
  ingest: ingestCommand,
  brief: briefCommand,
  ask: askCommand,
  analyze: analyzeCommand,
  eval: evalCommand,
  help: async (_argv, io) => {
    io.stdout.write(HELP_TEXT);
    return 0;
  },
};

/** Runs one CLI command and returns its exit code; every expected failure is a clear message. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name = 'help', ...rest] = argv;
  const command = commands[name === '--help' || name === '-h' ? 'help' : name];
  if (!command) {
    io.stderr.write(`Unknown command "${name}".\n\n${HELP_TEXT}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
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
