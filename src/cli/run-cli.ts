import packageJson from '../../package.json' with { type: 'json' };
import { closestCommand, closestName, commandHelp, findCliCommand, overviewHelp } from './cli-commands';
import { type CliIo, processIo, SetupError, UsageError } from './cli-io';

type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

// Loaded on demand: `brief` should not pay for importing Bolt and discord.js.
const commands: Record<string, () => Promise<CliCommand>> = {
  start: async () => (await import('./start-command')).startCommand,
  ingest: async () => (await import('./ingest-command')).ingestCommand,
  list: async () => (await import('./list-command')).listCommand,
  brief: async () => (await import('./brief-command')).briefCommand,
  ask: async () => (await import('./ask-command')).askCommand,
  analyze: async () => (await import('./analyze-command')).analyzeCommand,
  delete: async () => (await import('./delete-command')).deleteCommand,
  eval: async () => (await import('./eval-command')).evalCommand,
  tick: async () => (await import('./scheduler-cli')).tickCli,
  schedules: async () => (await import('./scheduler-cli')).schedulesCli,
  'register-discord': async () => (await import('./register-discord-command')).registerDiscordCommand,
  migrate: async () => (await import('./migrate-command')).migrateCommand,
  export: async () => (await import('./export-command')).exportCommand,
  import: async () => (await import('./import-command')).importCommand,
  help: async () => helpCommand,
};

async function helpCommand(argv: string[], io: CliIo): Promise<number> {
  const [topic] = argv;
  if (topic === undefined) {
    io.stdout.write(overviewHelp());
    return 0;
  }
  const info = findCliCommand(topic);
  if (!info) return unknownCommand(topic, io);
  io.stdout.write(commandHelp(info));
  return 0;
}

function unknownCommand(name: string, io: CliIo): number {
  if (name.startsWith('-')) {
    // `newsbrief --versions`: an option, not a command; only --version and --help come before one.
    const near = closestName(name.toLowerCase(), ['--version', '--help']);
    io.stderr.write(
      `Unknown option '${name}'${near ? ` — did you mean ${near}?` : '.'}\nRun \`newsbrief help\` for every command.\n`,
    );
    return 2;
  }
  const near = closestCommand(name);
  io.stderr.write(
    `Unknown command '${name}'${near ? ` — did you mean ${near}?` : '.'}\nRun \`newsbrief help\` for every command.\n`,
  );
  return 2;
}

/** `--help` / `-h` anywhere before a `--` (after it, words are the user's own). */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Runs one CLI command and returns its exit code; every expected failure is a clear message. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name = 'help', ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`newsbrief ${packageJson.version}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h') return helpCommand(rest.slice(0, 1), io);
  const load = commands[name];
  if (!load) return unknownCommand(name, io);
  // Help is answered before the command loads: `start --help` must never start the bot.
  if (asksForHelp(rest)) return helpCommand([name], io);
  try {
    return await (await load())(rest, io);
  } catch (error) {
    // ConfigError and StoreFileError are recognised by their codes: importing them would load zod
    // and the SQLite driver for `--version` too.
    // Under --json every exit-2 failure is data on stdout with a code a script can test (review s35 B-ux35-1):
    // a folder or read-only file as the store is "store", a bad setting "config", a setup step "setup".
    const failed = (message: string, code: string): number => {
      if (wantsJson(name, rest)) io.stdout.write(`${JSON.stringify({ error: message, code })}\n`);
      else io.stderr.write(`${message}\n`);
      return 2;
    };
    if (isConfigError(error)) return failed(error.message, 'config');
    if (isStoreFileError(error)) return failed(error.message, 'store');
    if (error instanceof SetupError) return failed(error.message, 'setup');
    if (String((error as { code?: unknown })?.code).startsWith('SQLITE_READONLY'))
      return failed(
        'The database file is read-only, and this command writes to it: set NEWSBRIEF_DB to a writable file.',
        'store',
      );
    const usageMessage =
      error instanceof UsageError
        ? error.message
        : isParseArgsError(error)
          ? describeParseError(error, name)
          : undefined;
    if (usageMessage !== undefined) {
      // A script that asked for --json reads stdout as JSON: the mistake goes there, as data, with a code
      // it can test; the usage lines are for a person at a terminal.
      if (wantsJson(name, rest)) io.stdout.write(`${JSON.stringify({ error: usageMessage, code: 'usage' })}\n`);
      else io.stderr.write(`${usageMessage}\n${usageLines(name)}`);
      return 2;
    }
    throw error;
  }
}

function isConfigError(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: unknown }).code === 'config_invalid';
}

function isStoreFileError(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: unknown }).code === 'store_file';
}

/** `--json` given (before a `--`) to a command that offers it. */
function wantsJson(name: string, args: string[]): boolean {
  const end = args.indexOf('--');
  const given = (end === -1 ? args : args.slice(0, end)).includes('--json');
  return given && (findCliCommand(name)?.usage.some((u) => u.includes('[--json]')) ?? false);
}

function usageLines(name: string): string {
  const info = findCliCommand(name);
  if (!info) return '';
  return `Usage: ${info.usage.map((u) => `newsbrief ${u}`).join('\n       ')}\nMore: newsbrief ${name} --help\n`;
}

function isParseArgsError(error: unknown): error is TypeError & { code: string } {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/** Node's parser messages are written for programmers (and quote unevenly); say it plainly. */
function describeParseError(error: TypeError & { code: string }, command: string): string {
  const option = /'(-{1,2}[^'\s]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      // "--jsno": the command's own options (from its usage lines) are the likely meaning.
      const offered = [
        ...new Set(
          findCliCommand(command)
            ?.usage.join(' ')
            .match(/--[a-z][a-z-]*/g) ?? [],
        ),
      ];
      const near = option === undefined ? undefined : closestName(option, [...offered, '--help']);
      return `Unknown option ${option ?? ''}${near ? ` — did you mean ${near}?` : '.'}`.replace(' .', '.');
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take/.test(error.message)) return `Option ${option ?? ''} takes no value.`;
      // "--limit -3": the parser reads -3 as an option, so the value looks missing.
      if (/ambiguous/.test(error.message)) {
        return `Option ${option} needs a value; one that starts with "-" is written ${option}=<value>.`;
      }
      return `Option ${option ?? ''} needs a value.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const word = /'([^']*)'/.exec(error.message)?.[1];
      return word === undefined ? 'Unexpected words after the command.' : `Unexpected "${word}": nothing goes there.`;
    }
    default:
      return 'Those arguments were not understood.';
  }
}
