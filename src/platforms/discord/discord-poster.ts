import { type REST, Routes } from 'discord.js';
import {
  ChannelGoneError,
  type ChannelPoster,
  type PostedMessage,
  type ScheduledPostKey,
} from '../../app/channel-poster';
import type { Reply } from '../../app/reply';
import type { Logger } from '../../logging/create-logger';
import { describeDiscordError, isChannelGone } from './discord-api-errors';
import { renderDiscordReply } from './render-discord-reply';
import { discordThreadRef, startBriefThread } from './start-brief-thread';

export interface DiscordPosterOptions {
  /** The logged-in client's REST (client.rest): it shares the client's rate-limit state. */
  rest: REST;
  logger: Logger;
}

/**
 * Posts scheduler output (digests, follow-up prompts) to "discord:<channelId>". Replies with
 * `threadArticleId` get a question thread like /brief. A deleted channel or lost access becomes
 * ChannelGoneError so the scheduler can stop posting there; other errors propagate as they are.
 */
export function createDiscordPoster(options: DiscordPosterOptions): ChannelPoster {
  return {
    platform: 'discord',
    async post(channelId: string, reply: Reply, scheduled?: ScheduledPostKey): Promise<PostedMessage> {
      const id = channelId.replace(/^discord:/, '');
      const body = renderDiscordReply(reply);
      let message: { id: string };
      try {
        message = (await options.rest.post(Routes.channelMessages(id), {
          body: {
            content: body.content,
            embeds: body.embeds,
            allowed_mentions: { parse: [] },
            // Discord answers a repeat of this nonce (a retry after a timeout, ours or discord.js's)
            // with the message it already created instead of posting it again.
            ...(scheduled ? { nonce: scheduled.key, enforce_nonce: true } : {}),
          },
        })) as { id: string };
      } catch (err) {
        const detail = describeDiscordError(err);
        if (isChannelGone(err)) throw new ChannelGoneError(channelId, String(detail.message));
        options.logger.error({ err: detail, channelId }, 'discord: scheduled post failed');
        throw err;
      }
      const threadRef = await startBriefThread({ ...options, channelId: id, messageId: message.id, reply });
      // Without a thread, the message's id is still the ref: a thread opened on it later gets that id.
      return {
        channelId,
        messageRef: `discord:${id}:${message.id}`,
        threadRef: threadRef ?? discordThreadRef(message.id),
      };
    },
  };
}
