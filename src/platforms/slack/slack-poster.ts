import { webApi } from '@slack/bolt';
import { ChannelGoneError, type ChannelPoster, type ScheduledPostKey } from '../../app/channel-poster';
import type { Logger } from '../../logging/create-logger';
import { boltLogger } from './bolt-logger';
import { postSlackReply } from './post-slack-reply';
import { CHANNEL_GONE_CODES, slackApiErrorCode } from './slack-api-error';
import { slackSchedulerClientOptions } from './slack-client-options';
import { rawSlackChannel, slackThreadRef } from './slack-ids';

/** The metadata event type every scheduled post carries, with its slot key as payload. */
const SCHEDULED_POST_EVENT = 'newsbrief_scheduled_post';
/** Posts are looked for from a little before their slot (clock skew between us and Slack). */
const LOOK_BEFORE_SLOT_S = 300;
const HISTORY_PAGES = 10;

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
  return {
    platform: 'slack',
    async post(channelId, reply, scheduled) {
      const channel = channelOf(channelId);
      try {
        const posted = await postSlackReply({
          client,
          channel,
          reply,
          ...(scheduled
            ? { metadata: { event_type: SCHEDULED_POST_EVENT, event_payload: { slot_key: scheduled.key } } }
            : {}),
        });
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
    async findScheduled(channelId, scheduled) {
      const channel = channelOf(channelId);
      const ts = await findTaggedMessage(client, channel, scheduled);
      return ts
        ? { channelId, messageRef: slackThreadRef(channel, ts), threadRef: slackThreadRef(channel, ts) }
        : undefined;
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

/** The ts of the channel message carrying this slot key, newest pages first, from around the slot on. */
async function findTaggedMessage(
  client: webApi.WebClient,
  channel: string,
  scheduled: ScheduledPostKey,
): Promise<string | undefined> {
  const oldest = (Math.floor(scheduled.earliestMs / 1000) - LOOK_BEFORE_SLOT_S).toString();
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const result = await client.conversations.history({
      channel,
      oldest,
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    const found = result.messages?.find((m) => {
      // The SDK types the payload as {}: it is whatever the poster put there.
      const payload = m.metadata?.event_payload as { slot_key?: unknown } | undefined;
      return m.metadata?.event_type === SCHEDULED_POST_EVENT && payload?.slot_key === scheduled.key;
    });
    if (found?.ts) return found.ts;
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) return undefined;
  }
  return undefined;
}
