import { webApi } from '@slack/bolt';
import { REST } from 'discord.js';
import type { ChannelPoster } from './app/channel-poster';
import type { Config } from './config/load-config';
import type { Logger } from './logging/create-logger';
import { discordRestBase } from './platforms/discord/create-discord-client';
import { createDiscordPoster } from './platforms/discord/discord-poster';
import { DEFAULT_SLACK_RETRY } from './platforms/slack/create-slack-app';
import { createSlackPoster } from './platforms/slack/slack-poster';
import type { Store } from './store/store';

/**
 * Posters for the configured platforms without starting their listeners (no HTTP server, no
 * gateway): what `newsbrief tick` needs to post a slot from an operator's shell.
 */
export function createPlatformPosters(config: Config, store: Store, logger: Logger): ChannelPoster[] {
  const posters: ChannelPoster[] = [];
  if (config.SLACK_BOT_TOKEN) {
    const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      retryConfig: DEFAULT_SLACK_RETRY,
      rejectRateLimitedCalls: false,
      timeout: 10_000,
    });
    posters.push(createSlackPoster({ client, conversations: store.conversations }));
  }
  if (config.DISCORD_TOKEN) {
    const api = discordRestBase(config.DISCORD_API_URL);
    const rest = new REST({ ...(api ? { api } : {}), retries: 2, timeout: 10_000 }).setToken(config.DISCORD_TOKEN);
    posters.push(createDiscordPoster({ rest, conversations: store.conversations, logger }));
  }
  return posters;
}
