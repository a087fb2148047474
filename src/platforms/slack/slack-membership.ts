import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logging/create-logger';
import { errorSummary, slackApiErrorCode } from './slack-api-error';

/** member: the bot hears this channel's thread replies; private: it is not in it and cannot join. */
export type SlackMembership = 'member' | 'private';

/**
 * Slack says "in" for an hour. A removal meanwhile is forgotten at once when Slack tells us (the
 * bot's channel_left / group_left / member_left_channel events, or a post refused with
 * not_in_channel): see `forget`.
 */
const REMEMBER_MS = 60 * 60_000;

/**
 * Slack delivers message events only from channels the bot is a member of. `chat:write.public`
 * lets a brief post in a channel the bot never joined, and then every question in its thread
 * would go unanswered. So before answering a command the bot makes sure it is in the channel:
 * a public one it joins (`conversations.join`); a private one needs someone to `/invite` it.
 */
export function createSlackMembership(client: webApi.WebClient, logger: Logger) {
  const known = new Map<string, number>();
  /** The bot is no longer in `channel`: the next command there checks (and joins) again. */
  const forget = (channel: string) => {
    known.delete(channel);
  };
  const ensureMember = async (channel: string): Promise<SlackMembership> => {
    // Direct messages have no membership to manage.
    if (channel.startsWith('D')) return 'member';
    if ((known.get(channel) ?? 0) > Date.now()) return 'member';
    try {
      const info = await client.conversations.info({ channel });
      const about = info.channel;
      if (!about?.is_member) {
        if (about?.is_private || about?.is_im || about?.is_mpim) return 'private';
        await client.conversations.join({ channel });
        logger.info({ component: 'slack', channel }, 'joined the channel so thread replies reach the bot');
      }
      known.set(channel, Date.now() + REMEMBER_MS);
      return 'member';
    } catch (error) {
      const code = slackApiErrorCode(error);
      // A private channel the bot is not in is invisible to it.
      if (code === 'channel_not_found' || code === 'method_not_supported_for_channel_type') return 'private';
      // Anything else (rate limit, missing scope): answer as before and let posting tell.
      logger.warn(
        { component: 'slack', channel, code, err: errorSummary(error) },
        'could not check channel membership',
      );
      return 'member';
    }
  };
  return { ensureMember, forget };
}
