import { FAKE_APPLICATION_ID, FAKE_GUILD_ID, fakeSnowflake } from './fake-discord-ids';
import { botUser, threadChannel } from './fake-discord-payloads';
import type { FakeDiscordState, FakeMessage, InjectedFailure } from './fake-discord-state';

export interface RestRequest {
  method: string;
  /** Relative to /api/v10, e.g. "/channels/123/messages". */
  path: string;
  query: URLSearchParams;
  body: any;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RestContext {
  state: FakeDiscordState;
  gatewayUrl: string;
  /** Sends a gateway dispatch to the bot (THREAD_CREATE after a thread is made, as Discord does). */
  dispatch(event: string, data: unknown): void;
}

const error = (status: number, code: number, message: string): RestResponse => ({ status, body: { code, message } });
const EPHEMERAL = 64;

type Route = [
  method: string,
  pattern: RegExp,
  handle: (ctx: RestContext, req: RestRequest, m: string[]) => RestResponse,
];

/** The slice of Discord's REST API that newsbrief uses, with Discord's status codes and error codes. */
const routes: Route[] = [
  [
    'GET',
    /^\/gateway(\/bot)?$/,
    (ctx) => ({
      status: 200,
      body: {
        url: ctx.gatewayUrl,
        shards: 1,
        // A large bot's concurrency: shards in different buckets identify at once, not 5 s apart.
        session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 16 },
      },
    }),
  ],
  [
    'POST',
    /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
    ({ state }, req, [, id, token]) => {
      const interaction = state.interactions.get(id!);
      if (!interaction || interaction.token !== token) return error(404, 10062, 'Unknown interaction');
      if (interaction.respondedAt !== undefined) return error(400, 40060, 'Interaction has already been acknowledged.');
      if (Date.now() - interaction.dispatchedAt > state.interactionDeadlineMs)
        return error(404, 10062, 'Unknown interaction');
      interaction.respondedAt = Date.now();
      interaction.callbackType = req.body?.type;
      interaction.ephemeral = ((req.body?.data?.flags ?? 0) & EPHEMERAL) !== 0;
      interaction.originalMessageId = fakeSnowflake();
      if (req.body?.type === 4) state.botMessage(interaction.originalMessageId, interaction.channelId, req.body.data);
      return { status: 204 };
    },
  ],
  [
    'PATCH',
    /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    ({ state }, req, [, , token]) => {
      const interaction = state.interactionByToken(token!);
      if (!interaction?.originalMessageId || interaction.deleted) return error(404, 10008, 'Unknown Message');
      const flags = interaction.ephemeral ? EPHEMERAL : 0;
      const body = state.botMessage(
        interaction.originalMessageId,
        interaction.channelId,
        { ...req.body, flags },
        { type: 20, webhook_id: FAKE_APPLICATION_ID },
      );
      return { status: 200, body };
    },
  ],
  [
    'DELETE',
    /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
    ({ state }, _req, [, , token]) => {
      const interaction = state.interactionByToken(token!);
      if (!interaction?.originalMessageId || interaction.deleted) return error(404, 10008, 'Unknown Message');
      interaction.deleted = true;
      state.messages.delete(interaction.originalMessageId);
      return { status: 204 };
    },
  ],
  [
    'POST',
    /^\/webhooks\/(\d+)\/([^/]+)$/,
    ({ state }, req, [, , token]) => {
      const interaction = state.interactionByToken(token!);
      if (!interaction?.respondedAt) return error(404, 10015, 'Unknown Webhook');
      return {
        status: 200,
        body: state.botMessage(fakeSnowflake(), interaction.channelId, req.body, { webhook_id: FAKE_APPLICATION_ID }),
      };
    },
  ],
  [
    'POST',
    /^\/channels\/(\d+)\/messages$/,
    ({ state }, req, [, channelId]) => {
      const gone = channelProblem(state, channelId!);
      if (gone) return gone;
      // enforce_nonce: a repeat of a nonce from the last few minutes gets the message already
      // created (or Unknown Message if it was deleted), not a new one; an older nonce is forgotten.
      const nonceKey = req.body?.enforce_nonce && req.body?.nonce ? `${channelId}:${req.body.nonce}` : undefined;
      const seen = nonceKey ? state.nonces.get(nonceKey) : undefined;
      if (seen && state.now() - seen.at < state.nonceWindowMs) {
        const message = state.messages.get(seen.id);
        if (!message) return error(404, 10008, 'Unknown Message');
        return { status: 200, body: { ...message, nonce: req.body.nonce, guild_id: FAKE_GUILD_ID } };
      }
      const id = fakeSnowflake(state.now());
      if (nonceKey) state.nonces.set(nonceKey, { id, at: state.now() });
      const message = state.botMessage(id, channelId!, req.body);
      // The create answer (and MESSAGE_CREATE) echo the nonce; stored messages never give it back.
      return { status: 200, body: { ...message, nonce: req.body?.nonce, guild_id: FAKE_GUILD_ID } };
    },
  ],
  [
    'GET',
    /^\/channels\/(\d+)\/messages$/,
    ({ state }, req, [, channelId]) => {
      const gone = channelProblem(state, channelId!);
      if (gone) return gone;
      return listMessages(state, channelId!, req.query);
    },
  ],
  [
    'GET',
    /^\/channels\/(\d+)\/messages\/(\d+)$/,
    ({ state }, _req, [, channelId, messageId]) => {
      const gone = channelProblem(state, channelId!);
      if (gone) return gone;
      const message = state.messages.get(messageId!);
      if (message?.channel_id !== channelId) return error(404, 10008, 'Unknown Message');
      return { status: 200, body: { ...message, guild_id: FAKE_GUILD_ID } };
    },
  ],
  ['GET', /^\/users\/@me$/, () => ({ status: 200, body: botUser })],
  [
    'POST',
    /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
    (ctx, req, [, channelId, messageId]) => {
      const gone = channelProblem(ctx.state, channelId!);
      if (gone) return gone;
      if (!ctx.state.messages.has(messageId!)) return error(404, 10008, 'Unknown Message');
      // Discord gives a thread started from a message the message's id.
      const thread = { id: messageId!, parent_id: channelId!, name: String(req.body?.name ?? 'thread') };
      ctx.state.threads.push(thread);
      ctx.state.channels.add(thread.id);
      const channel = threadChannel(thread);
      ctx.state.messages.get(messageId!)!.thread = channel;
      ctx.dispatch('THREAD_CREATE', { ...channel, newly_created: true });
      return { status: 201, body: channel };
    },
  ],
  [
    'PUT',
    /^\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/,
    ({ state }, req, [, appId]) => {
      if (appId !== FAKE_APPLICATION_ID) return error(403, 50001, 'Missing Access');
      state.registered.push({ path: req.path, body: req.body });
      const commands = Array.isArray(req.body) ? req.body : [];
      return {
        status: 200,
        body: commands.map((c) => ({ ...c, id: fakeSnowflake(), application_id: appId, version: fakeSnowflake() })),
      };
    },
  ],
];

/**
 * GET channel messages as Discord pages them: `limit` 1-100 (50 by default); `before`, `after`
 * exclusive; `after` gives the oldest `limit` messages after that id, and every page
 * is newest first. Threads are channels of their own: their messages are not listed here.
 */
function listMessages(state: FakeDiscordState, channelId: string, query: URLSearchParams): RestResponse {
  const limit = Number(query.get('limit') ?? 50);
  const anchors = ['before', 'after', 'around'].filter((name) => query.has(name));
  if (query.has('around')) return error(400, 0, 'this fake does not page around a message');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100 || anchors.length > 1)
    return error(400, 50035, 'Invalid Form Body');
  const all = state.messagesIn(channelId);
  const after = query.get('after');
  const before = query.get('before');
  let page: FakeMessage[];
  if (after) page = all.filter((m) => BigInt(m.id) > BigInt(after)).slice(-limit);
  else if (before) page = all.filter((m) => BigInt(m.id) < BigInt(before)).slice(0, limit);
  else page = all.slice(0, limit);
  return { status: 200, body: page };
}

function channelProblem(state: FakeDiscordState, channelId: string): RestResponse | undefined {
  if (state.forbiddenChannels.has(channelId)) return error(403, 50001, 'Missing Access');
  if (!state.channels.has(channelId)) return error(404, 10003, 'Unknown Channel');
  return undefined;
}

export function handleFakeDiscordRest(ctx: RestContext, req: RestRequest): RestResponse {
  const failure = ctx.state.takeFailure(req.method, req.path);
  if (failure)
    return {
      status: failure.status,
      body: failure.body ?? { code: 0, message: `injected ${failure.status}` },
      headers: failure.headers,
    };
  for (const [method, pattern, handle] of routes) {
    const match = method === req.method ? pattern.exec(req.path) : null;
    if (match)
      return handle(
        ctx,
        req,
        [...match].map((s) => s ?? ''),
      );
  }
  return error(404, 0, '404: Not Found');
}

/** A realistic 429: Discord's headers plus the JSON body with retry_after in seconds. */
export function rateLimitFailure(path: RegExp, retryAfterSeconds = 0.1, method?: string): InjectedFailure {
  return {
    method,
    path,
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
    headers: {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfterSeconds),
      'x-ratelimit-scope': 'user',
    },
  };
}
