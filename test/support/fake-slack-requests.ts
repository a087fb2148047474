import { createHmac } from 'node:crypto';
import { FAKE_BOT_USER_ID, FAKE_TEAM_ID } from './fake-slack-api';

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:" + ts + ":" + rawBody). */
function slackSignature(secret: string, timestampSec: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  /** Seconds since epoch; now by default. */
  timestampSec?: number;
  /** Override the computed signature (bad-signature tests). */
  signature?: string;
  /** Adds X-Slack-Retry-Num / X-Slack-Retry-Reason like a redelivery. */
  retryNum?: number;
  /** Give up like Slack does (it waits 3 s) when the app never answers. */
  signal?: AbortSignal;
}

export interface SignedPostResult {
  status: number;
  body: string;
  /** Milliseconds from sending to the complete response. */
  ms: number;
}

/** POSTs a body to the Bolt app exactly as Slack would, signature headers included. */
export async function postSignedToSlack(
  url: string,
  body: string,
  contentType: string,
  options: SignedPostOptions,
): Promise<SignedPostResult> {
  const timestampSec = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestampSec),
    'x-slack-signature': options.signature ?? slackSignature(options.secret, timestampSec, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body, signal: options.signal });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

export interface SlashCommandFields {
  text: string;
  channel?: string;
  user?: string;
  responseUrl: string;
  command?: string;
}

/** The form Slack posts for a slash command. */
export function slashCommandForm(fields: SlashCommandFields): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'fakenews',
    channel_id: fields.channel ?? 'C0000001',
    channel_name: 'newsdesk',
    user_id: fields.user ?? 'U0000001',
    user_name: 'reporter',
    command: fields.command ?? '/brief',
    text: fields.text,
    api_app_id: 'A0000001',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  };
}

export const encodeForm = (form: Record<string, string>) => new URLSearchParams(form).toString();

export interface SlackMessageFields {
  /** The bot's removal events carry a channel (and the user who left) like a message does. */
  type?: 'message' | 'app_mention' | 'member_left_channel' | 'channel_left' | 'group_left';
  channel?: string;
  user?: string;
  text: string;
  ts: string;
  threadTs?: string;
  botId?: string;
  subtype?: string;
  channelType?: string;
  /** An edit: the message as it now reads (`subtype: 'message_changed'`, no user or text of its own). */
  edited?: { user?: string; text: string; ts: string; threadTs?: string };
}

/** An Events API `event_callback` body around a message / app_mention event. */
export function eventCallback(eventId: string, fields: SlackMessageFields): Record<string, unknown> {
  const event: Record<string, unknown> = {
    type: fields.type ?? 'message',
    channel: fields.channel ?? 'C0000001',
    user: fields.user ?? 'U0000002',
    text: fields.text,
    ts: fields.ts,
    event_ts: fields.ts,
    channel_type: fields.channelType ?? 'channel',
  };
  if (fields.threadTs) event.thread_ts = fields.threadTs;
  if (fields.botId) event.bot_id = fields.botId;
  if (fields.subtype) event.subtype = fields.subtype;
  if (fields.edited) {
    const { user = 'U0000002', text, ts, threadTs } = fields.edited;
    event.subtype = 'message_changed';
    event.message = { type: 'message', user, text, ts, ...(threadTs ? { thread_ts: threadTs } : {}), edited: { user } };
    delete event.user;
    delete event.text;
  }
  return {
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM_ID,
    api_app_id: 'A0000001',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: FAKE_TEAM_ID,
        user_id: FAKE_BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}
