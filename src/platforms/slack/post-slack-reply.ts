import type { webApi } from '@slack/bolt';
import type { Reply } from '../../app/reply';
import { renderSlackReply } from './render-slack-reply';

export interface PostSlackReplyOptions {
  client: webApi.WebClient;
  /** Raw Slack channel id ("C123"). */
  channel: string;
  reply: Reply;
  /** Post inside this thread instead of starting a new message at channel level. */
  threadTs?: string;
  /** Event metadata on the first message (scheduled posts carry their slot key). */
  metadata?: { event_type: string; event_payload: Record<string, string> };
}

export interface PostedSlackReply {
  /** ts of the first message posted. */
  ts: string;
  /** ts of the thread the reply lives in (the new message itself when posted at channel level). */
  threadTs: string;
}

/**
 * Posts a Reply as one or more channel messages. Overflow messages go into the first one's thread
 * so the channel sees a single post. Linking the thread to its article is the caller's (the
 * dispatcher's, or the scheduler's) job.
 */
export async function postSlackReply(options: PostSlackReplyOptions): Promise<PostedSlackReply> {
  const { client, channel, reply } = options;
  const [first, ...rest] = renderSlackReply(reply);
  if (!first) throw new Error('renderSlackReply returned no message');
  const posted = await client.chat.postMessage({
    channel,
    text: first.text,
    blocks: first.blocks,
    thread_ts: options.threadTs,
    unfurl_links: false,
    unfurl_media: false,
    ...(options.metadata ? { metadata: options.metadata } : {}),
  });
  const ts = posted.ts;
  if (!ts) throw new Error('chat.postMessage returned no ts');
  const threadTs = options.threadTs ?? ts;
  for (const more of rest) {
    await client.chat.postMessage({
      channel,
      text: more.text,
      blocks: more.blocks,
      thread_ts: threadTs,
      unfurl_links: false,
    });
  }
  return { ts, threadTs };
}
