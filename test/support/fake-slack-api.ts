import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachFakeSlackSocket, type FakeSlackSocket } from './fake-slack-socket';
import { parseSlackParams } from './parse-slack-params';
import { readRequestBody } from './read-request-body';

/** One request the app made: a Web API method call, or a POST to a response_url. */
interface RecordedSlackCall {
  method: string;
  params: Record<string, any>;
  authorization?: string;
  at: number;
  /** What the fake answered (ok responses only). */
  response?: Record<string, any>;
}

/**
 * An API error, a rate limit, a call that arrives and is never handled nor answered, or `{ ok: true }`
 * to let that call through, so a later one in the list can fail (the 2nd part of a post).
 */
type FakeFailure = { error: string } | { status: 429; retryAfterSeconds: number } | { hang: true } | { ok: true };

export const FAKE_BOT_USER_ID = 'UBOT0001';
const FAKE_BOT_ID = 'BBOT0001';
export const FAKE_TEAM_ID = 'T0000001';

interface StoredSlackMessage {
  ts: string;
  text: string;
  /** A person's message (see `chatter`); the bot's have none. */
  user?: string;
  threadTs?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface FakeSlackOptions {
  /** Clock for message ts (so conversations.history's `oldest` matches an injected clock). */
  now?: () => number;
}

/** A channel as the fake models it: public or private, and whether the bot is a member. */
interface FakeChannel {
  private: boolean;
  member: boolean;
}

export interface FakeSlackApi {
  /** Base for SLACK_API_URL, e.g. http://127.0.0.1:PORT/api/ */
  apiUrl: string;
  /** A response_url that records into this fake under method "response_url". */
  responseUrl(id?: string): string;
  calls: RecordedSlackCall[];
  callsTo(method: string): RecordedSlackCall[];
  /** Resolves with the first call (already made or future) to `method` matching `match`. */
  waitForCall(method: string, match?: (call: RecordedSlackCall) => boolean): Promise<RecordedSlackCall>;
  /** The next call(s) to `method` fail this way, in order, then calls succeed again. */
  failNext(method: string, ...failures: FakeFailure[]): void;
  /**
   * Declares a channel. Undeclared channels are public with the bot a member (what most tests
   * need). Like Slack: message events come only from member channels (see `isMember`), posting
   * to a private channel needs membership, conversations.join works on public channels only.
   */
  setChannel(id: string, channel: FakeChannel): void;
  isMember(channel: string): boolean;
  /**
   * Calls to `method` are handled (a post is stored) but never answered: a slow Slack whose reply
   * would come after the client has given up. The connection stays open until the client's
   * timeout closes it, so the timeout is certain however loaded the machine is.
   */
  holdAnswers(method: string): void;
  /** Top-level messages the fake stored in a channel (what a user would see), oldest first. */
  channelMessages(channel: string): StoredSlackMessage[];
  /** `count` messages from a person in a channel, now: a busy channel. */
  chatter(channel: string, count: number): void;
  /** The replies stored in one thread of a channel, oldest first. */
  threadMessages(channel: string, threadTs: string): StoredSlackMessage[];
  /** Declares a workspace admin (users.info says is_admin). */
  setAdmin(user: string): void;
  socket: FakeSlackSocket;
  close(): Promise<void>;
}

/**
 * A fake Slack Web API on 127.0.0.1 for the real @slack/web-api client: records every call,
 * answers auth.test / chat.* / apps.connections.open like Slack does, and can fail on demand.
 */
export async function startFakeSlackApi(options: FakeSlackOptions = {}): Promise<FakeSlackApi> {
  const calls: RecordedSlackCall[] = [];
  const waiters: {
    method: string;
    match: (c: RecordedSlackCall) => boolean;
    resolve: (c: RecordedSlackCall) => void;
  }[] = [];
  const failures = new Map<string, FakeFailure[]>();
  const channels = new Map<string, FakeChannel>();
  const admins = new Set<string>();
  const held = new Set<string>();
  const messages = new Map<string, StoredSlackMessage[]>();
  const channelOf = (id: string): FakeChannel => channels.get(id) ?? { private: false, member: true };
  let nextTs = 1_700_000_000_000_100;
  let base = '';

  const record = (call: RecordedSlackCall) => {
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.method === call.method && w.match(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  };

  const server = createServer(async (req, res) => {
    const raw = await readRequestBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname.startsWith('/response/')) {
      record({
        method: 'response_url',
        params: { ...JSON.parse(raw || '{}'), responseId: url.pathname.slice(10) },
        at: Date.now(),
      });
      return send(res, 200, 'ok', 'text/plain');
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const params = parseSlackParams(raw, req.headers['content-type']);
    const queued = failures.get(method)?.shift();
    const failure = queued && !('ok' in queued) ? queued : undefined;
    const call: RecordedSlackCall = { method, params, authorization: req.headers.authorization, at: Date.now() };
    if (failure && 'hang' in failure) {
      // Recorded, never stored nor answered: the sender died before Slack took the post.
      record(call);
      return;
    }
    if (failure && 'status' in failure) {
      record(call);
      res.writeHead(429, { 'retry-after': String(failure.retryAfterSeconds), 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
    }
    call.response = failure ? { ok: false, error: failure.error } : answer(method, params);
    record(call);
    // Held: the client gives up and closes the connection, as it does against a slow Slack.
    if (!held.has(method)) send(res, 200, JSON.stringify(call.response));
  });

  function answer(method: string, params: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake News',
          user: 'newsbrief',
          team_id: FAKE_TEAM_ID,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
        };
      case 'conversations.info': {
        const channel = channelOf(String(params.channel));
        // A private channel the bot is not in is invisible to it.
        if (channel.private && !channel.member) return { ok: false, error: 'channel_not_found' };
        return { ok: true, channel: { id: params.channel, is_private: channel.private, is_member: channel.member } };
      }
      case 'conversations.join': {
        const channel = channelOf(String(params.channel));
        if (channel.private)
          return { ok: false, error: channel.member ? 'method_not_supported_for_channel_type' : 'channel_not_found' };
        channels.set(String(params.channel), { ...channel, member: true });
        return { ok: true, channel: { id: params.channel } };
      }
      case 'users.info':
        return { ok: true, user: { id: params.user, is_admin: admins.has(String(params.user)), is_owner: false } };
      case 'chat.postMessage': {
        const channel = channelOf(String(params.channel));
        // chat:write.public reaches public channels; private ones need membership.
        if (channel.private && !channel.member) return { ok: false, error: 'channel_not_found' };
        nextTs = Math.max(nextTs + 100, (options.now?.() ?? 0) * 1000);
        const ts = `${String(nextTs).slice(0, 10)}.${String(nextTs).slice(10)}`;
        const stored = messages.get(String(params.channel)) ?? [];
        stored.push({ ts, text: String(params.text ?? ''), threadTs: params.thread_ts, metadata: params.metadata });
        messages.set(String(params.channel), stored);
        return { ok: true, channel: params.channel, ts, message: { text: params.text, ts, bot_id: FAKE_BOT_ID } };
      }
      case 'conversations.history': {
        // Top-level messages only, newest first, metadata only when asked for (as Slack does).
        const oldest = Number(params.oldest ?? 0);
        const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true';
        const found = (messages.get(String(params.channel)) ?? [])
          .filter((m) => !m.threadTs && Number(m.ts) >= oldest)
          .reverse()
          .map((m) => ({
            type: 'message',
            ts: m.ts,
            text: m.text,
            ...(m.user ? { user: m.user } : { bot_id: FAKE_BOT_ID }),
            ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
          }));
        // Pages of `limit` (Slack's default 100), the cursor an opaque offset.
        const limit = Number(params.limit ?? 100);
        const from = Number(String(params.cursor ?? 'o0').slice(1));
        const page = found.slice(from, from + limit);
        const more = from + limit < found.length;
        return {
          ok: true,
          messages: page,
          has_more: more,
          ...(more ? { response_metadata: { next_cursor: `o${from + limit}` } } : {}),
        };
      }
      case 'conversations.replies': {
        // The thread's root first, then its replies, oldest first; metadata only when asked for.
        const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true';
        const found = (messages.get(String(params.channel)) ?? [])
          .filter((m) => m.ts === params.ts || m.threadTs === params.ts)
          .map((m) => ({
            type: 'message',
            ts: m.ts,
            thread_ts: m.threadTs ?? m.ts,
            text: m.text,
            bot_id: FAKE_BOT_ID,
            ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
          }));
        return { ok: true, messages: found, has_more: false };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: '1700000000.999999' };
      case 'apps.connections.open':
        return { ok: true, url: `${base.replace('http', 'ws')}/socket-mode` };
      default:
        return { ok: true };
    }
  }

  const socket = attachFakeSlackSocket(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id = 'r1') => `${base}/response/${id}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitForCall(method, match = () => true) {
      const done = calls.find((c) => c.method === method && match(c));
      if (done) return Promise.resolve(done);
      return new Promise((resolve) => waiters.push({ method, match, resolve }));
    },
    failNext(method, ...list) {
      failures.set(method, [...(failures.get(method) ?? []), ...list]);
    },
    setChannel: (id, channel) => channels.set(id, channel),
    holdAnswers: (method) => held.add(method),
    channelMessages: (channel) => (messages.get(channel) ?? []).filter((m) => !m.threadTs),
    chatter(channel, count) {
      const stored = messages.get(channel) ?? [];
      for (let i = 0; i < count; i++) {
        nextTs = Math.max(nextTs + 100, (options.now?.() ?? 0) * 1000);
        const ts = `${String(nextTs).slice(0, 10)}.${String(nextTs).slice(10)}`;
        stored.push({ ts, text: `chatter ${i}`, user: 'U0READER' });
      }
      messages.set(channel, stored);
    },
    threadMessages: (channel, threadTs) => (messages.get(channel) ?? []).filter((m) => m.threadTs === threadTs),
    isMember: (channel) => channelOf(channel).member,
    setAdmin: (user) => admins.add(user),
    socket,
    async close() {
      await socket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
