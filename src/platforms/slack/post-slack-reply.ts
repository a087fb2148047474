import type { webApi } from '@slack/bolt';
import type { Reply } from '../../app/reply';
import { renderSlackReply, type SlackMessage } from './render-slack-reply';

export interface PostSlackReplyOptions {
  client: webApi.WebClient;
  /** Raw Slack channel id ("C123"). */
  channel: string;
  reply: Reply;
  /** Post inside this thread instead of starting a new message at channel level. */
  threadTs?: string;
}

export interface PostedSlackReply {
  /** ts of the first message posted. */
  ts: string;
  /** ts of the thread the reply lives in (the new message itself when posted at channel level). */
  threadTs: string;
}

/** Event metadata a message carries (scheduled posts carry their slot key). */
interface SlackMessageMetadata {
  event_type: string;
  event_payload: Record<string, string>;
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
  const ts = await postSlackMessage({
    client,
    channel,
    message: first,
    threadTs: options.threadTs,
  });
  const threadTs = options.threadTs ?? ts;
  for (const more of rest) await postSlackMessage({ client, channel, message: more, threadTs });
  return { ts, threadTs };
}

/** One chat.postMessage; returns the new message's ts. */
export async function postSlackMessage(options: {
  client: webApi.WebClient;
  channel: string;
  message: SlackMessage;
  threadTs?: string | undefined;
  metadata?: SlackMessageMetadata | undefined;
}): Promise<string> {
  const posted = await options.client.chat.postMessage({
    channel: options.channel,
    text: options.message.text,
    blocks: options.message.blocks,
    thread_ts: options.threadTs,
    unfurl_links: false,
    unfurl_media: false,
    ...(options.metadata ? { metadata: options.metadata } : {}),
  });
  if (!posted.ts) throw new Error('chat.postMessage returned no ts');
  return posted.ts;
}
