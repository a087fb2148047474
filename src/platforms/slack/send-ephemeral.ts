import type { RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../app/reply';
import { renderSlackReply } from './render-slack-reply';

/**
 * Slash commands answer "only you can see this" through their response_url: it works in any
 * channel, even one the bot has not joined, and does not spend Web API rate limit.
 */
export async function respondEphemeral(respond: RespondFn, reply: Reply): Promise<void> {
  for (const message of renderSlackReply(reply)) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks });
  }
}

export interface PostEphemeralOptions {
  client: webApi.WebClient;
  channel: string;
  user: string;
  threadTs?: string;
  reply: Reply;
}

/** Events have no response_url: chat.postEphemeral shows the reply to one user in place. */
export async function postEphemeralReply(options: PostEphemeralOptions): Promise<void> {
  for (const message of renderSlackReply(options.reply)) {
    await options.client.chat.postEphemeral({
      channel: options.channel,
      user: options.user,
      thread_ts: options.threadTs,
      text: message.text,
      blocks: message.blocks,
    });
  }
}
