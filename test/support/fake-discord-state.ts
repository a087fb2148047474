import { FAKE_APPLICATION_ID, FAKE_CHANNEL_ID, fakeSnowflake } from './fake-discord-ids';
import { botUser, type FakeThread, type fakeUser } from './fake-discord-payloads';

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
  /** How many matching requests go through first (an outage that starts mid-way). */
  skip?: number;
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

/** A message as Discord keeps it: what REST reads return (never its nonce: GET does not give it back). */
export interface FakeMessage {
  id: string;
  channel_id: string;
  author: ReturnType<typeof fakeUser>;
  content: string;
  embeds: any[];
  flags: number;
  allowed_mentions?: unknown;
  timestamp: string;
  type: number;
  webhook_id?: string;
  /** The thread started from this message (Discord gives it the message's id). */
  thread?: unknown;
  [field: string]: unknown;
}

/** Discord documents only "the past few minutes" for `enforce_nonce`; this fake forgets after 3. */
const DEFAULT_NONCE_WINDOW_MS = 3 * 60_000;

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
  /** Channel messages created with `enforce_nonce`, by "channel:nonce", with when (see nonceWindowMs). */
  readonly nonces = new Map<string, { id: string; at: number }>();
  /**
   * Requests handled at once but answered only after `ms` (a slow Discord), or with `'never'` held
   * open until the client gives up and closes the connection: a client timeout that no machine
   * load can race.
   */
  readonly delays: { method?: string; path: RegExp; ms: number | 'never'; times?: number }[] = [];
  /** Requests handled (a message is created) whose connection then closes with no answer. */
  readonly drops: { method?: string; path: RegExp; times?: number }[] = [];
  /**
   * The window for the first interaction response (Discord's is 3 s). Unbounded by default: a
   * wall-clock window would fail a test whenever a loaded machine is slow, not when the bot is
   * wrong; tests of an expired token set it to -1.
   */
  interactionDeadlineMs = Number.POSITIVE_INFINITY;

  constructor(
    readonly token: string,
    /** The fake's clock (epoch ms): message ids, timestamps and the nonce window follow it. */
    readonly now: () => number = Date.now,
    /** How long a nonce sent with `enforce_nonce` returns its message instead of a new one. */
    public nonceWindowMs = DEFAULT_NONCE_WINDOW_MS,
  ) {}

  takeFailure(method: string, path: string): InjectedFailure | undefined {
    const index = this.failures.findIndex((f) => (!f.method || f.method === method) && f.path.test(path));
    if (index < 0) return undefined;
    const failure = this.failures[index]!;
    if (failure.skip) {
      failure.skip -= 1;
      return undefined;
    }
    failure.times = (failure.times ?? 1) - 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    return failure;
  }

  interactionByToken(token: string): FakeInteraction | undefined {
    return [...this.interactions.values()].find((i) => i.token === token);
  }

  botMessage(id: string, channelId: string, body: any, extra: Record<string, unknown> = {}): FakeMessage {
    return this.addMessage({
      id,
      channel_id: channelId,
      author: botUser,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      flags: body?.flags ?? 0,
      allowed_mentions: body?.allowed_mentions,
      application_id: FAKE_APPLICATION_ID,
      ...extra,
    });
  }

  /** A message someone else (a reporter, another bot) posted, e.g. to sit beside the bot's posts. */
  userMessage(
    channelId: string,
    author: ReturnType<typeof fakeUser>,
    body: { content?: string; embeds?: unknown[] },
  ): FakeMessage {
    return this.addMessage({
      id: fakeSnowflake(this.now()),
      channel_id: channelId,
      author,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      flags: 0,
    });
  }

  /** A channel's messages as GET /channels/{id}/messages pages them: newest first. */
  messagesIn(channelId: string): FakeMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.channel_id === channelId)
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  }

  private addMessage(
    fields: Pick<FakeMessage, 'id' | 'channel_id' | 'author' | 'content' | 'embeds' | 'flags'> &
      Record<string, unknown>,
  ): FakeMessage {
    const message: FakeMessage = {
      timestamp: new Date(this.now()).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: 0,
      components: [],
      ...fields,
    };
    this.messages.set(message.id, message);
    return message;
  }
}
