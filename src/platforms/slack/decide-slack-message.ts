import type { ConversationRepository } from '../../store/conversation-repository';
import { slackThreadRef } from './slack-ids';

/** The fields of a `message` / `app_mention` event newsbrief reads. */
export interface IncomingSlackMessage {
  channel: string;
  ts: string;
  user?: string;
  text?: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
  channel_type?: string;
}

export type SlackMessageAction =
  /** A reply in a brief's thread: answer about that article, in the thread. */
  | { type: 'question'; articleId: number; threadTs: string }
  /** A mention (or a DM) with a query: run it like `/brief <text>`. */
  | { type: 'query'; threadTs?: string };

/** Subtypes that are still a person writing something; edits, joins and bot posts are not. */
const USER_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

/** What, if anything, to do with a message. Bots (including this one) are never answered. */
export function decideSlackMessage(
  event: IncomingSlackMessage,
  kind: 'message' | 'app_mention',
  botUserId: string | undefined,
  conversations: ConversationRepository,
): SlackMessageAction | undefined {
  if (event.bot_id || event.subtype === 'bot_message' || !event.user || event.user === botUserId) return undefined;
  if (!USER_SUBTYPES.has(event.subtype)) return undefined;
  const inThread = event.thread_ts !== undefined && event.thread_ts !== event.ts;
  if (inThread && event.thread_ts) {
    const articleId = conversations.articleForThread(slackThreadRef(event.channel, event.thread_ts));
    if (articleId !== undefined) return { type: 'question', articleId, threadTs: event.thread_ts };
  }
  if (kind === 'app_mention') return { type: 'query', threadTs: inThread ? event.thread_ts : undefined };
  if (event.channel_type === 'im' && !inThread) return { type: 'query' };
  return undefined;
}
