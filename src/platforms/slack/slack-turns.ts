import type { SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { ChatTurn } from '../../chat/chat-turn';
import type { Logger } from '../../logging/create-logger';
import { slackCommandText } from './slack-command-text';
import { slackChannelId, slackThreadRef, slackUserId } from './slack-ids';
import { slackTextToPlain } from './slack-text-to-plain';

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
  /** The message as it now reads, in a `message_changed` event. */
  message?: Omit<IncomingSlackMessage, 'channel' | 'message' | 'previous_message'>;
  /** The message as it read before, in a `message_changed` event. */
  previous_message?: { text?: string };
}

/**
 * The message an edit left (`message_changed`), read as if just posted, keeping the original's
 * ts: its keys are the original's, so a question answered already is not answered again, and a
 * remark edited into a question ("Kelner is his lawyer" → "Is Kelner his lawyer?") is answered.
 */
export function editedSlackMessage(event: IncomingSlackMessage): IncomingSlackMessage | undefined {
  if (event.subtype !== 'message_changed' || !event.message) return undefined;
  // Slack also sends an edit when it unfurls a link; the words are the same, so nothing is read again.
  if (event.previous_message && event.previous_message.text === event.message.text) return undefined;
  return {
    ...event.message,
    channel: event.channel,
    ...(event.channel_type ? { channel_type: event.channel_type } : {}),
  };
}

/** Subtypes that are still a person writing something; edits, joins and bot posts are not. */
const USER_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

type MayChange = (user: string) => Promise<boolean>;

/** `/brief …` as a chat turn. */
export function slackCommandTurn(
  command: SlackCommandMiddlewareArgs['command'],
  mayChange: MayChange,
  logger: Logger,
): ChatTurn {
  return {
    platform: 'slack',
    channelId: slackChannelId(command.channel_id),
    userId: slackUserId(command.user_id),
    // Slack does not redeliver slash commands (a failed ack is an error shown to the user).
    eventKeys: [],
    // As typed: pasted articles keep their paragraphs; commands read Slack's <url|label> links.
    text: slackCommandText(command.text ?? ''),
    kind: 'command',
    mayChangeChannel: () => mayChange(command.user_id),
    log: logger.child({ slackCommand: command.command, channel: command.channel_id, user: command.user_id }),
  };
}

/**
 * A message or mention as a chat turn, or undefined when it is not for the bot at all (bots,
 * edits, joins; channel chatter outside any thread). Both events of one post give the same keys.
 */
export function slackMessageTurn(
  event: IncomingSlackMessage,
  kind: 'message' | 'app_mention',
  eventId: string | undefined,
  botUserId: string | undefined,
  mayChange: MayChange,
  logger: Logger,
): ChatTurn | undefined {
  if (event.bot_id || event.subtype === 'bot_message' || !event.user || event.user === botUserId) return undefined;
  if (!USER_SUBTYPES.has(event.subtype)) return undefined;
  const user = event.user;
  const inThread = event.thread_ts !== undefined && event.thread_ts !== event.ts;
  const raw = event.text ?? '';
  const addressed =
    kind === 'app_mention' ||
    (botUserId !== undefined && raw.includes(`<@${botUserId}`)) ||
    (event.channel_type === 'im' && !inThread);
  if (!addressed && !inThread) return undefined;
  return {
    platform: 'slack',
    channelId: slackChannelId(event.channel),
    userId: slackUserId(user),
    eventKeys: [...(eventId ? [`slack:event:${eventId}`] : []), `slack:message:${event.channel}:${event.ts}`],
    text: slackTextToPlain(raw, botUserId),
    ...(inThread && event.thread_ts ? { threadRef: slackThreadRef(event.channel, event.thread_ts) } : {}),
    kind: addressed ? 'mention' : 'thread',
    mayChangeChannel: () => mayChange(user),
    log: logger.child({ slackEvent: kind, channel: event.channel, ts: event.ts, user }),
  };
}

/** The first web link in a Slack message ("<https://…|label>" or a bare URL). */
export function firstLink(text: string): string | undefined {
  const wrapped = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/i.exec(text)?.[1];
  return wrapped ?? /https?:\/\/[^\s<>|]+/i.exec(text)?.[0];
}
