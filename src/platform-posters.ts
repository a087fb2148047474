import type { ChannelPoster } from './app/channel-poster';
import type { Config } from './config/load-config';
import type { Logger } from './logging/create-logger';
import { createDiscordRest } from './platforms/discord/create-discord-client';
import { createDiscordPoster } from './platforms/discord/discord-poster';
import { createSlackSchedulerPoster } from './platforms/slack/slack-poster';

/**
 * Posters for the configured platforms without starting their listeners (no HTTP server, no
 * gateway): what `newsbrief tick` needs to post a slot from an operator's shell. The clients are
 * the ones the running bot's scheduler uses.
 */
export function createPlatformPosters(config: Config, logger: Logger): ChannelPoster[] {
  const posters: ChannelPoster[] = [];
  if (config.SLACK_BOT_TOKEN) {
    posters.push(createSlackSchedulerPoster({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL, logger }));
  }
  if (config.DISCORD_TOKEN) {
    const rest = createDiscordRest({ apiUrl: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
    posters.push(createDiscordPoster({ rest, logger }));
  }
  return posters;
}
