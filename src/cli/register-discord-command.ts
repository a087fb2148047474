import { parseArgs } from 'node:util';
import { registerDiscordCommands } from '../platforms/discord/register-discord-commands';
import { type CliIo, SetupError } from './cli-io';
import { setupErrorMessage } from './setup-error-message';
import { loadCliSettings } from './with-runtime';

/** `newsbrief register-discord`: one PUT that replaces the whole /brief command list. */
export async function registerDiscordCommand(argv: string[], io: CliIo): Promise<number> {
  // It takes nothing: "--guild 123" ignored would register globally when one server was meant.
  parseArgs({ args: argv, options: {} });
  const { config, logger } = loadCliSettings(io, true);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    io.stderr.write(
      'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (in .env or the environment) to register commands.\n',
    );
    return 2;
  }
  const result = await registerDiscordCommands({ config, logger }).catch((error: unknown) => {
    const setup = setupErrorMessage(error);
    throw setup ? new SetupError(setup) : error;
  });
  io.stdout.write(`${result.message}\n`);
  return 0;
}
