import { FAKE_APPLICATION_ID, FAKE_CHANNEL_ID } from './fake-discord-ids';
import { botUser, type FakeThread } from './fake-discord-payloads';

/** One REST request the bot made, as the fake received it (path is relative to /api/v10). */
export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  /** Whether a "Bot <token>" header with the expected token came along. */
  botAuth: boolean;
  status: number;
  at: number;
}

/** A canned failure for the next matching request(s), e.g. a 429 or an Unknown Channel. */
export interface InjectedFailure {
  method?: string;
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface FakeInteraction {
  id: string;
  token: string;
  channelId: string;
  dispatchedAt: number;
  /** Set once the callback (reply or defer) arrives. */
  respondedAt?: number;
  callbackType?: number;
  ephemeral: boolean;
  originalMessageId?: string;
  deleted: boolean;
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  flags: number;
  allowed_mentions?: unknown;
}

/** Everything the fake Discord remembers; one instance outlives bot restarts, like Discord does. */
export class FakeDiscordState {
  readonly calls: RecordedCall[] = [];
  readonly failures: InjectedFailure[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  readonly messages = new Map<string, FakeMessage>();
  readonly threads: FakeThread[] = [];
  readonly channels = new Set<string>([FAKE_CHANNEL_ID]);
  /** Channels the bot was removed from: 403 Missing Access. */
  readonly forbiddenChannels = new Set<string>();
  readonly registered: { path: string; body: unknown }[] = [];
  /** Channel messages created with `enforce_nonce`, by "channel:nonce" (Discord keeps them a few minutes). */
  readonly nonces = new Map<string, string>();
  /** Requests handled at once but answered only after `ms` (a slow Discord the client gives up on). */
  readonly delays: { method?: string; path: RegExp; ms: number; times?: number }[] = [];
  /** Discord's window for the first interaction response. */
  interactionDeadlineMs = 3000;

  constructor(readonly token: string) {}

  takeFailure(method: string, path: string): InjectedFailure | undefined {
    const index = this.failures.findIndex((f) => (!f.method || f.method === method) && f.path.test(path));
    if (index < 0) return undefined;
    const failure = this.failures[index]!;
    failure.times = (failure.times ?? 1) - 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    return failure;
  }

  interactionByToken(token: string): FakeInteraction | undefined {
    return [...this.interactions.values()].find((i) => i.token === token);
  }

  botMessage(id: string, channelId: string, body: any, extra: Record<string, unknown> = {}) {
    const message: FakeMessage = {
      id,
      channel_id: channelId,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      flags: body?.flags ?? 0,
      allowed_mentions: body?.allowed_mentions,
    };
    this.messages.set(id, message);
    return {
      ...message,
      author: botUser,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: 0,
      components: [],
      application_id: FAKE_APPLICATION_ID,
      ...extra,
    };
  }
}
