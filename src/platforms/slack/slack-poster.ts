import { webApi } from '@slack/bolt';
import { ChannelGoneError, type ChannelPoster, type ScheduledPostKey } from '../../app/channel-poster';
import type { Logger } from '../../logging/create-logger';
import { boltLogger } from './bolt-logger';
import { postSlackReply } from './post-slack-reply';
import { findScheduledSlackPost, postScheduledSlackReply, type ScheduledSlackProgress } from './scheduled-slack-post';
import { CHANNEL_GONE_CODES, slackApiErrorCode } from './slack-api-error';
import { slackSchedulerClientOptions } from './slack-client-options';
import { rawSlackChannel, slackThreadRef } from './slack-ids';

/** Unfinished slots kept at most (a retry follows its lookup at once; this only bounds leaks). */
const MAX_UNFINISHED = 1000;

/**
 * How the scheduler posts digests and follow-ups to "slack:C123" channels. A channel the bot can
 * no longer reach raises ChannelGoneError so the scheduler can drop or pause that schedule.
 * Scheduled posts are tagged with their slot key (message metadata) so `findScheduled` can tell
 * whether an attempt that timed out was posted after all. Give it a client that does not retry
 * by itself (see slackSchedulerClientOptions): an SDK retry of a post that timed out posts again.
 */
function createSlackPoster(client: webApi.WebClient): ChannelPoster {
  const channelOf = (channelId: string) => {
    const channel = rawSlackChannel(channelId);
    if (!channel) throw new Error(`not a Slack channel id: ${channelId}`);
    return channel;
  };
  // A slot whose root landed but not all its overflow parts: findScheduled says "not posted" so
  // the scheduler posts, and post() then resumes in that thread instead of starting over.
  const unfinished = new Map<string, ScheduledSlackProgress>();
  const unfinishedKey = (channel: string, scheduled: ScheduledPostKey) => `${channel}|${scheduled.key}`;
  return {
    platform: 'slack',
    async post(channelId, reply, scheduled) {
      const channel = channelOf(channelId);
      try {
        if (!scheduled) {
          const posted = await postSlackReply({ client, channel, reply });
          return {
            channelId,
            messageRef: slackThreadRef(channel, posted.ts),
            threadRef: slackThreadRef(channel, posted.threadTs),
          };
        }
        const resume = unfinished.get(unfinishedKey(channel, scheduled));
        unfinished.delete(unfinishedKey(channel, scheduled));
        const ts = await postScheduledSlackReply({ client, channel, reply, scheduled, resume });
        return { channelId, messageRef: slackThreadRef(channel, ts), threadRef: slackThreadRef(channel, ts) };
      } catch (error) {
        const code = slackApiErrorCode(error);
        if (CHANNEL_GONE_CODES.has(code)) throw new ChannelGoneError(channelId, code);
        throw error;
      }
    },
    async findScheduled(channelId, scheduled) {
      const channel = channelOf(channelId);
      const found = await findScheduledSlackPost(client, channel, scheduled);
      if (!found) return undefined;
      if (!found.complete) {
        if (unfinished.size >= MAX_UNFINISHED) unfinished.delete(unfinished.keys().next().value ?? '');
        unfinished.set(unfinishedKey(channel, scheduled), found);
        return undefined;
      }
      const ref = slackThreadRef(channel, found.ts);
      return { channelId, messageRef: ref, threadRef: ref };
    },
  };
}

/** The scheduler's poster on its own client, which never retries a post by itself. */
export function createSlackSchedulerPoster(options: {
  token: string;
  apiUrl?: string;
  timeoutMs?: number;
  /** The SDK's own lines (timeouts) go here, redacted, instead of to the console. */
  logger?: Logger;
}): ChannelPoster {
  const { token, logger, ...clientOptions } = options;
  return createSlackPoster(
    new webApi.WebClient(token, {
      ...slackSchedulerClientOptions(clientOptions),
      ...(logger ? { logger: boltLogger(logger) } : {}),
    }),
  );
}
