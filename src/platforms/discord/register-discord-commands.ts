import { Routes } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command-definition';
import { briefCommands } from '../../../commands/index';
import type { Config } from '../../config/config-schema';
import type { Logger } from '../../logging/create-logger';
import { PlatformStartError } from '../platform-start-error';
import { buildBriefCommand } from './brief-command-shape';
import { createDiscordRest } from './create-discord-client';
import { describeDiscordError } from './discord-api-errors';

export interface RegisterDiscordCommandsOptions {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_URL'>;
  logger: Logger;
  commands?: readonly CommandDefinition[];
}

export interface RegisterDiscordSummary {
  scope: 'guild' | 'global';
  guildId?: string;
  command: string;
  subcommands: string[];
  /** For the CLI to print. */
  message: string;
}

/**
 * `newsbrief register-discord`: one PUT of the whole command list (Discord replaces, never
 * merges). With DISCORD_GUILD_ID it goes to that guild and is usable at once (development);
 * without, it is global. Run it after changing commands/, not on every start.
 */
export async function registerDiscordCommands(
  options: RegisterDiscordCommandsOptions,
): Promise<RegisterDiscordSummary> {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: appId, DISCORD_GUILD_ID: guildId } = options.config;
  if (!token || !appId) throw new Error('register-discord needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  const rest = createDiscordRest({ apiUrl: options.config.DISCORD_API_URL }).setToken(token);
  const command = buildBriefCommand(options.commands ?? briefCommands);
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  try {
    await rest.put(route, { body: [command] });
  } catch (err) {
    // Reported by the caller (the CLI says what to fix); debug keeps the redacted details.
    options.logger.debug({ err: describeDiscordError(err), guildId }, 'discord: command registration failed');
    throw new PlatformStartError('Discord', 'DISCORD_TOKEN', err);
  }
  const subcommands = (command.options ?? []).map((o) => o.name);
  const scope = guildId ? 'guild' : 'global';
  const message = guildId
    ? `Registered /brief (${subcommands.join(', ')}) in guild ${guildId}; usable now.`
    : `Registered /brief (${subcommands.join(', ')}) globally; Discord may take a few minutes to show it everywhere.`;
  options.logger.info({ scope, guildId, subcommands }, 'discord: commands registered');
  return { scope, ...(guildId ? { guildId } : {}), command: command.name, subcommands, message };
}
