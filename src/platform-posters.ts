import { webApi } from '@slack/bolt';
import type { ChannelPoster } from './app/channel-poster';
import type { Config } from './config/load-config';
import type { Logger } from './logging/create-logger';
import { createDiscordRest } from './platforms/discord/create-discord-client';
import { createDiscordPoster } from './platforms/discord/discord-poster';
import { slackClientOptions } from './platforms/slack/slack-client-options';
import { createSlackPoster } from './platforms/slack/slack-poster';

/**
 * Posters for the configured platforms without starting their listeners (no HTTP server, no
 * gateway): what `newsbrief tick` needs to post a slot from an operator's shell. The clients get
 * the same settings as the running bot's.
 */
export function createPlatformPosters(config: Config, logger: Logger): ChannelPoster[] {
  const posters: ChannelPoster[] = [];
  if (config.SLACK_BOT_TOKEN) {
    const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, slackClientOptions({ apiUrl: config.SLACK_API_URL }));
    posters.push(createSlackPoster(client));
  }
  if (config.DISCORD_TOKEN) {
    const rest = createDiscordRest({ apiUrl: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
    posters.push(createDiscordPoster({ rest, logger }));
  }
  return posters;
}
