import { type Client, Events, type Message } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command-definition';
import { briefCommands } from '../../../commands/index';
import type { ChannelPoster } from '../../app/channel-poster';
import type { NewsbriefApp } from '../../app/newsbrief-app';
import { dispatchChatTurn } from '../../chat/dispatch-chat-turn';
import type { Config } from '../../config/config-schema';
import type { Logger } from '../../logging/create-logger';
import { PlatformStartError } from '../platform-start-error';
import { createDiscordClient } from './create-discord-client';
import { describeDiscordError } from './discord-api-errors';
import { createDiscordPoster } from './discord-poster';
import { messageResponder, messageTurn } from './discord-turns';
import { editedDiscordMessage } from './edited-discord-message';
import { handleDiscordInteraction } from './handle-discord-interaction';

type DiscordConfig = Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_API_URL'> &
  Partial<Pick<Config, 'NEWSBRIEF_CHANNEL_CHANGES' | 'NEWSBRIEF_DISCORD_SHARDS' | 'NEWSBRIEF_DISCORD_SHARD_COUNT'>>;

export interface StartDiscordOptions {
  config: DiscordConfig;
  app: NewsbriefApp;
  logger: Logger;
  /** Defaults to every /brief subcommand in commands/. */
  commands?: readonly CommandDefinition[];
  /** REST retries for 5xx/network errors (429s are always waited out). */
  restRetries?: number;
}

export interface DiscordRuntime {
  client: Client;
  /** For the scheduler: posts to "discord:<channelId>". */
  poster: ChannelPoster;
  stop(): Promise<void>;
}

/**
 * Logs in to the gateway and answers /brief, thread questions and mentions until stopped.
 * Resolves once the client is ready (READY and every guild received); rejects on a bad token.
 */
export async function startDiscord(options: StartDiscordOptions): Promise<DiscordRuntime> {
  const { config, app } = options;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  const logger = options.logger.child({ platform: 'discord' });
  const commands = options.commands ?? briefCommands;
  const client = createDiscordClient({
    apiUrl: config.DISCORD_API_URL,
    retries: options.restRetries,
    shards: config.NEWSBRIEF_DISCORD_SHARDS,
    shardCount: config.NEWSBRIEF_DISCORD_SHARD_COUNT,
  });

  const policy = config.NEWSBRIEF_CHANNEL_CHANGES ?? 'managers';
  client.on(Events.InteractionCreate, (interaction) => {
    handleDiscordInteraction(interaction, { app, logger, commands, policy }).catch((err) =>
      logger.error({ err: describeDiscordError(err) }, 'discord: interaction handler failed'),
    );
  });
  const onMessage = (message: Message) => {
    const turn = messageTurn(message, policy, logger);
    if (!turn) return;
    dispatchChatTurn(app, turn, messageResponder(message, turn.log)).catch((err) =>
      logger.error({ err: describeDiscordError(err) }, 'discord: message handler failed'),
    );
  };
  client.on(Events.MessageCreate, onMessage);
  // An edit is read as the message now is, under the original's key: a question answered already
  // is not answered again, and a remark edited into a question is answered. Discord also sends
  // updates when it adds a link's preview; those are not edits (see editedDiscordMessage).
  client.on(Events.MessageUpdate, (before, after) => {
    editedDiscordMessage(before, after)
      .then((message) => message && onMessage(message))
      .catch((err) =>
        logger.warn(
          { err: describeDiscordError(err), messageId: after.id },
          'discord: could not read an edited message',
        ),
      );
  });
  client.on(Events.Error, (err) => logger.error({ err: describeDiscordError(err) }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord: client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ code: event.code, shardId }, 'discord: gateway disconnected'),
  );
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      { route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope },
      'discord: rate limited; discord.js waits and retries',
    ),
  );

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (err) {
    await client.destroy();
    throw new PlatformStartError('Discord', 'DISCORD_TOKEN', err);
  }
  if (config.DISCORD_APPLICATION_ID && client.application?.id !== config.DISCORD_APPLICATION_ID) {
    logger.warn(
      { configured: config.DISCORD_APPLICATION_ID, actual: client.application?.id },
      'discord: DISCORD_APPLICATION_ID does not match the token’s application',
    );
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: connected');

  return {
    client,
    poster: createDiscordPoster({ rest: client.rest, logger }),
    async stop() {
      await client.destroy();
      logger.info('discord: disconnected');
    },
  };
}
