import { Client, GatewayIntentBits, Partials, REST, type RESTOptions } from 'discord.js';

export interface DiscordClientOptions {
  /** REST base without the version, e.g. "https://discord.com/api"; "/v10" on the end is tolerated. */
  apiUrl?: string;
  /** Retries of 5xx/network failures per request; 429s are always waited out and retried by discord.js. */
  retries?: number;
  /** Per request; a timed-out scheduled post is retried safely (its nonce is enforced). */
  timeoutMs?: number;
  /** Gateway shards this process runs (NEWSBRIEF_DISCORD_SHARDS); unset: discord.js's default, one. */
  shards?: readonly number[] | 'auto';
  /** Shards across every process (NEWSBRIEF_DISCORD_SHARD_COUNT). */
  shardCount?: number;
}

/** Normalises DISCORD_API_URL: discord.js appends /v10 itself. */
function discordRestBase(apiUrl: string | undefined): string | undefined {
  return apiUrl?.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

/** The REST settings, defined once for the gateway client, `tick` and `register-discord`. */
function restOptions(options: DiscordClientOptions): Partial<RESTOptions> {
  const api = discordRestBase(options.apiUrl);
  return { ...(api ? { api } : {}), retries: options.retries ?? 2, timeout: options.timeoutMs ?? 10_000 };
}

/** A REST client without a gateway (scheduled posts from `tick`, command registration). */
export function createDiscordRest(options: DiscordClientOptions = {}): REST {
  return new REST(restOptions(options));
}

/**
 * The gateway client with only the intents newsbrief needs: Guilds (channels and threads in
 * cache), GuildMessages (messages in threads and mentions) and MessageContent (privileged; the
 * text of thread questions). Partial messages and channels are let through, so an edit to a
 * message the client never cached (posted before it started) still arrives, to be read. The
 * gateway URL comes from GET /gateway/bot on the REST base, so DISCORD_API_URL moves both. Mentions are off by default for every send. Sharding is
 * discord.js's own: each replica identifies with its shard ids out of the total count.
 */
export function createDiscordClient(options: DiscordClientOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    rest: restOptions(options),
    partials: [Partials.Message, Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.shards ? { shards: options.shards } : {}),
    ...(options.shardCount ? { shardCount: options.shardCount } : {}),
  });
}
