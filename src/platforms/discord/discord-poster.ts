import { type APIMessage, type APIUser, DiscordAPIError, type REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import {
  ChannelGoneError,
  type ChannelPoster,
  type PostedMessage,
  PostOutcomeUnknownError,
  ScheduledPostDeletedError,
  type ScheduledPostKey,
} from '../../app/channel-poster';
import type { Reply } from '../../app/reply';
import type { Logger } from '../../logging/create-logger';
import { describeDiscordError, isChannelGone } from './discord-api-errors';
import { renderDiscordReply } from './render-discord-reply';
import { findScheduledDiscordMessage, markScheduledDiscordPost } from './scheduled-discord-post';
import { discordThreadRef, startBriefThread } from './start-brief-thread';

/**
 * How long we count on Discord remembering an enforced nonce. It documents only "the past few
 * minutes"; a retry within one minute repeats the nonce instead of reading the channel.
 */
const NONCE_TRUSTED_MS = 60_000;

export interface DiscordPosterOptions {
  /** The logged-in client's REST (client.rest): it shares the client's rate-limit state. */
  rest: REST;
  logger: Logger;
}

/**
 * Posts scheduler output (digests, follow-up prompts) to "discord:<channelId>". Replies with
 * `threadArticleId` get a question thread like /brief. A deleted channel or lost access becomes
 * ChannelGoneError so the scheduler can stop posting there; other errors propagate as they are.
 * Scheduled posts carry their slot twice: as an enforced nonce (Discord returns the message
 * already created to a repeat within a few minutes) and as a visible mark (see
 * markScheduledDiscordPost) that `findScheduled` reads back after Discord has forgotten the nonce.
 * A lookup that cannot decide raises PostOutcomeUnknownError rather than let the slot post blind.
 */
export function createDiscordPoster(options: DiscordPosterOptions): ChannelPoster {
  const { rest } = options;
  // Whose messages are ours: asked once, when a lookup first needs it (`tick` has no gateway).
  let botUserId: Promise<string> | undefined;
  const ownId = (): Promise<string> => {
    botUserId ??= (rest.get(Routes.user()) as Promise<APIUser>).then((user) => user.id);
    return botUserId.catch((err: unknown) => {
      botUserId = undefined;
      throw err;
    });
  };
  const posted = async (channelId: string, id: string, message: Pick<APIMessage, 'id' | 'thread'>, reply?: Reply) => {
    // A message found by a retry may lack the thread its first attempt did not live to open.
    const threadRef = message.thread
      ? discordThreadRef(message.thread.id)
      : reply && (await startBriefThread({ ...options, channelId: id, messageId: message.id, reply }));
    // Without a thread, the message's id is still the ref: a thread opened on it later gets that id.
    return {
      channelId,
      messageRef: `discord:${id}:${message.id}`,
      threadRef: threadRef || discordThreadRef(message.id),
    };
  };
  return {
    platform: 'discord',
    dedupeWindowMs: NONCE_TRUSTED_MS,
    async post(channelId: string, reply: Reply, scheduled?: ScheduledPostKey): Promise<PostedMessage> {
      const id = channelId.replace(/^discord:/, '');
      const body = renderDiscordReply(reply);
      let message: APIMessage;
      try {
        message = (await rest.post(Routes.channelMessages(id), {
          body: {
            content: body.content,
            embeds: scheduled ? markScheduledDiscordPost(body, scheduled) : body.embeds,
            allowed_mentions: { parse: [] },
            // Discord answers a repeat of this nonce (a retry after a timeout, ours or discord.js's)
            // with the message it already created instead of posting it again.
            ...(scheduled ? { nonce: scheduled.key, enforce_nonce: true } : {}),
          },
        })) as APIMessage;
      } catch (err) {
        // The nonce is still remembered but its message is gone: made by an earlier attempt whose
        // answer was lost, then deleted (by a moderator). Posting it again would undo that.
        if (scheduled && err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownMessage)
          throw new ScheduledPostDeletedError(channelId);
        throw channelGoneOr(err, channelId, options.logger, 'discord: scheduled post failed');
      }
      return posted(channelId, id, message, reply);
    },
    async findScheduled(channelId: string, scheduled: ScheduledPostKey, reply?: Reply) {
      const id = channelId.replace(/^discord:/, '');
      let message: APIMessage | undefined;
      try {
        message = await findScheduledDiscordMessage({ rest, channelId: id, scheduled, botUserId: await ownId() });
      } catch (err) {
        if (err instanceof PostOutcomeUnknownError) throw err;
        const failure = channelGoneOr(
          err,
          channelId,
          options.logger,
          'discord: could not look for an earlier scheduled post',
        );
        if (failure instanceof ChannelGoneError) throw failure;
        // Discord failed mid-lookup (after discord.js's own retries): posting blind could post
        // twice, so this attempt fails and the slot is tried again later.
        throw new PostOutcomeUnknownError(`the lookup failed: ${String(describeDiscordError(err).message)}`, false);
      }
      return message ? posted(channelId, id, message, reply) : undefined;
    },
  };
}

function channelGoneOr(err: unknown, channelId: string, logger: Logger, what: string): unknown {
  const detail = describeDiscordError(err);
  if (isChannelGone(err)) return new ChannelGoneError(channelId, String(detail.message));
  logger.error({ err: detail, channelId }, what);
  return err;
}
