import type { webApi } from '@slack/bolt';
import { ChannelGoneError, type ChannelPoster } from '../../app/channel-poster';
import { postSlackReply } from './post-slack-reply';
import { CHANNEL_GONE_CODES, slackApiErrorCode } from './slack-api-error';
import { rawSlackChannel, slackThreadRef } from './slack-ids';

/**
 * How the scheduler posts digests and follow-ups to "slack:C123" channels. A channel the bot can
 * no longer reach raises ChannelGoneError so the scheduler can drop or pause that schedule.
 */
export function createSlackPoster(client: webApi.WebClient): ChannelPoster {
  return {
    platform: 'slack',
    async post(channelId, reply) {
      const channel = rawSlackChannel(channelId);
      if (!channel) throw new Error(`not a Slack channel id: ${channelId}`);
      try {
        const posted = await postSlackReply({ client, channel, reply });
        return {
          channelId,
          messageRef: slackThreadRef(channel, posted.ts),
          threadRef: slackThreadRef(channel, posted.threadTs),
        };
      } catch (error) {
        const code = slackApiErrorCode(error);
        if (CHANNEL_GONE_CODES.has(code)) throw new ChannelGoneError(channelId, code);
        throw error;
      }
    },
  };
}
