import type { RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../app/reply';
import type { TurnResponder } from '../../chat/chat-turn';
import { postSlackReply } from './post-slack-reply';
import { postEphemeralReply, respondEphemeral } from './send-ephemeral';
import { CHANNEL_GONE_CODES, errorSummary, slackApiErrorCode, slackApology } from './slack-api-error';
import { slackChannelId, slackThreadRef } from './slack-ids';
import type { SlackMembership } from './slack-membership';

export interface SlackResponderOptions {
  client: webApi.WebClient;
  /** Raw channel id ("C123"). */
  channel: string;
  /** Replies go in this thread (a question's thread, or the message a shortcut was used on). */
  threadTs?: string;
  /** Private replies: through the response_url (commands, shortcuts) or chat.postEphemeral (events). */
  respond?: RespondFn;
  user: string;
  /** private: the bot is not in this private channel; channel replies become private ones. */
  membership?: SlackMembership;
  /** Called when Slack refuses a post because the bot is not in the channel (any more). */
  forgetMembership?: () => void;
}

const INVITE_NOTE =
  'Only you see this: I am not a member of this private channel, so I cannot post here or hear replies in a thread. Invite me with /invite @newsbrief, then try again.';

/** The Slack side of one turn: Block Kit posts, ephemeral replies, Slack's apologies. */
export function slackResponder(options: SlackResponderOptions): TurnResponder {
  const { client, channel } = options;
  const privately = async (reply: Reply) => {
    if (options.respond) await respondEphemeral(options.respond, reply);
    else await postEphemeralReply({ client, channel, user: options.user, threadTs: options.threadTs, reply });
  };
  return {
    async post(reply) {
      if (options.membership === 'private') {
        await privately({
          ...reply,
          visibility: 'ephemeral',
          sections: [...reply.sections, { style: 'paragraph', items: [{ text: INVITE_NOTE }] }],
        });
        return undefined;
      }
      const posted = await postSlackReply({ client, channel, reply, threadTs: options.threadTs }).catch(
        (error: unknown) => {
          if (CHANNEL_GONE_CODES.has(slackApiErrorCode(error))) options.forgetMembership?.();
          throw error;
        },
      );
      return {
        channelId: slackChannelId(channel),
        messageRef: slackThreadRef(channel, posted.ts),
        threadRef: slackThreadRef(channel, posted.threadTs),
      };
    },
    postPrivately: privately,
    apology: (error) => slackApology(slackApiErrorCode(error)),
    describeError: (error) => ({ ...errorSummary(error), code: slackApiErrorCode(error) }),
  };
}
