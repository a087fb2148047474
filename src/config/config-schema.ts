import { en } from 'zod/locales';
import * as z from 'zod/mini';
import type { ParsePayload } from 'zod/v4/core';
import { knownTimeZone } from '../schedule/known-time-zone';
import { zoneAbbreviationProblem } from '../schedule/zone-abbreviation-problem';

// zod/mini, not zod: every command validates the config, and building this schema with zod's
// method-chaining classes cost a cold start of `newsbrief brief` more than opening the database.
// The mini API has the same checks and, with the English locale, the same messages.
z.config(en());

const FLAG_WORDS = ['true', 'false', '1', '0', 'yes', 'no'] as const;
const flag = z.pipe(
  z.enum(FLAG_WORDS),
  z.transform((v: (typeof FLAG_WORDS)[number]) => v === 'true' || v === '1' || v === 'yes'),
);
const optionalText = z.optional(z.string().check(z.trim(), z.minLength(1)));
const url = z.string().check(
  z.trim(),
  z.url(),
  z.refine((value: string) => /^https?:\/\//i.test(value), 'must be an http:// or https:// address'),
);

/**
 * A whole number written in decimal digits, within [min, max]. Number() would accept "0x50",
 * "8e1", " 80 " and "1.5", so a typo could silently become another port or a near-zero limit.
 */
function wholeNumber(min: number, max: number, fallback: number, unit = '') {
  const range = `${min}–${max}${unit ? ` ${unit}` : ''}`;
  const digits = z
    .string()
    .check(
      z.trim(),
      z.regex(/^\d{1,9}$/, `must be a whole number in decimal digits (${range}); no hex, exponent, sign or fraction`),
    );
  const inRange = z
    .number()
    .check(z.minimum(min, `must be at least ${min} (${range})`), z.maximum(max, `must be at most ${max} (${range})`));
  return z._default(z.pipe(z.pipe(digits, z.transform(Number)), inRange), fallback);
}

/** Every environment variable newsbrief reads; `.env.example` documents each one. */
export const configSchema = z.object({
  NEWSBRIEF_DB: z._default(z.string().check(z.trim(), z.minLength(1)), 'data/newsbrief.db'),
  /** PostgreSQL instead of the SQLite file: the database replicas share. */
  NEWSBRIEF_DATABASE_URL: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.regex(/^postgres(ql)?:\/\//i, 'must start with postgres:// (e.g. postgres://newsbrief@db:5432/newsbrief)'),
      ),
  ),
  NEWSBRIEF_DB_SCHEMA: z.optional(
    z.string().check(z.trim(), z.regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and _')),
  ),
  NEWSBRIEF_DB_POOL_SIZE: wholeNumber(1, 200, 10, 'connections'),
  /** false behind a pooler in transaction mode, which cannot keep a named statement per connection. */
  NEWSBRIEF_DB_PREPARED: z._default(flag, true),
  NEWSBRIEF_LOG_LEVEL: z._default(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  NEWSBRIEF_TZ: z._default(z.string().check(z.trim(), z.minLength(1)), 'UTC'),
  NEWSBRIEF_CATCHUP_HOURS: wholeNumber(0, 72, 6, 'hours'),
  NEWSBRIEF_THREAD_LINK_DAYS: wholeNumber(1, 3650, 30, 'days'),
  NEWSBRIEF_SLOT_LEASE_SECONDS: wholeNumber(5, 3600, 300, 'seconds'),
  NEWSBRIEF_MAX_FILE_MB: wholeNumber(1, 1024, 20, 'MB'),
  /** Longest one ingest job (analysing an article, reading a page or feed) may run. */
  NEWSBRIEF_INGEST_TIMEOUT_SECONDS: wholeNumber(1, 3600, 60, 'seconds'),

  NEWSBRIEF_ENGINE: z._default(z.enum(['extractive', 'llm', 'auto']), 'auto'),
  NEWSBRIEF_MODEL: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z.optional(url),
  NEWSBRIEF_LLM_TIMEOUT_MS: wholeNumber(500, 120_000, 8_000, 'ms'),
  NEWSBRIEF_LLM_MAX_RETRIES: wholeNumber(0, 5, 1),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_PORT: wholeNumber(0, 65_535, 3000),
  SLACK_API_URL: z.optional(url),
  /** Slack users (U…) who may change a channel's follow-ups, digest, feeds and resolved questions, besides admins. */
  SLACK_MANAGER_IDS: z.pipe(
    z.pipe(
      z._default(z.string(), ''),
      z.transform((v: string) => v.split(/[\s,]+/).filter(Boolean)),
    ),
    z.array(
      z
        .string()
        .check(z.regex(/^[UW][A-Z0-9]+$/, 'is not a Slack user id: they look like U0123ABCD (comma-separated)')),
    ),
  ),

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: z.optional(url),
  /**
   * Gateway shards this process runs (discord.js's own sharding): "auto" (Discord's recommended
   * count, all here), or shard ids and ranges such as "0,1" or "4-7" out of
   * NEWSBRIEF_DISCORD_SHARD_COUNT, so replicas split a large bot's guilds between them.
   */
  NEWSBRIEF_DISCORD_SHARDS: z.optional(
    z.pipe(
      z.string().check(z.trim()),
      z.transform((v: string, ctx) => parseShardList(v, ctx)),
    ),
  ),
  /** Shards across every replica; alone, this process runs all of them. */
  NEWSBRIEF_DISCORD_SHARD_COUNT: z.optional(
    z.pipe(
      z.pipe(
        z.string().check(z.trim(), z.regex(/^\d{1,4}$/, 'must be a whole number of shards (1–2500)')),
        z.transform(Number),
      ),
      z.number().check(z.minimum(1, 'must be at least 1 (1–2500)'), z.maximum(2500, 'must be at most 2500 (1–2500)')),
    ),
  ),

  /**
   * Who may change what a channel shares (follow, unfollow, digest, feed add/remove, resolve):
   * managers (Discord: Manage Channels; Slack: admins, owners, SLACK_MANAGER_IDS) or everyone.
   */
  NEWSBRIEF_CHANNEL_CHANGES: z._default(z.enum(['managers', 'everyone']), 'managers'),

  NEWSBRIEF_FETCH_ALLOW_PRIVATE: z._default(flag, false),
  NEWSBRIEF_FETCH_TIMEOUT_MS: wholeNumber(500, 120_000, 10_000, 'ms'),
  NEWSBRIEF_FETCH_MAX_MB: wholeNumber(1, 100, 5, 'MB'),
  NEWSBRIEF_WATCH_DIR: optionalText,
  NEWSBRIEF_FEED_POLL_MINUTES: wholeNumber(1, 1440, 15, 'minutes'),
});

/**
 * Checks that span several variables. They run on the raw values, beside the per-field schema,
 * so one run reports every problem at once.
 */
export function crossFieldProblems(raw: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const need = (cond: boolean, key: string, why: string) => {
    if (cond) problems.push(`${key}: ${why}`);
  };
  need(
    !!raw.SLACK_BOT_TOKEN && !raw.SLACK_APP_TOKEN && !raw.SLACK_SIGNING_SECRET,
    'SLACK_SIGNING_SECRET',
    'is required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode); find it under Basic Information → App Credentials',
  );
  need(
    !raw.SLACK_BOT_TOKEN && (!!raw.SLACK_APP_TOKEN || !!raw.SLACK_SIGNING_SECRET),
    'SLACK_BOT_TOKEN',
    'is required when other SLACK_* credentials are set; copy the xoxb- token from OAuth & Permissions',
  );
  need(
    !!raw.DISCORD_TOKEN && !raw.DISCORD_APPLICATION_ID,
    'DISCORD_APPLICATION_ID',
    'is required with DISCORD_TOKEN; copy it from the Developer Portal → General Information',
  );
  need(
    raw.NEWSBRIEF_ENGINE === 'llm' && !raw.NEWSBRIEF_MODEL,
    'NEWSBRIEF_MODEL',
    'is required when NEWSBRIEF_ENGINE=llm (e.g. gpt-4o-mini, or llama3.1 on Ollama)',
  );
  need(
    raw.NEWSBRIEF_ENGINE === 'llm' && !raw.OPENAI_API_KEY && !raw.OPENAI_BASE_URL,
    'OPENAI_API_KEY',
    'or OPENAI_BASE_URL is required when NEWSBRIEF_ENGINE=llm',
  );
  problems.push(...shardProblems(raw));
  const abbreviation = raw.NEWSBRIEF_TZ ? zoneAbbreviationProblem(raw.NEWSBRIEF_TZ) : undefined;
  if (raw.NEWSBRIEF_TZ && !knownTimeZone(raw.NEWSBRIEF_TZ)) {
    problems.push(`NEWSBRIEF_TZ: "${raw.NEWSBRIEF_TZ}" is not an IANA time zone (e.g. Europe/London)`);
  } else if (abbreviation) {
    problems.push(`NEWSBRIEF_TZ: ${abbreviation}`);
  }
  return problems;
}

/** "auto", or shard ids and ranges ("0,2", "4-7"): ascending, without repeats. */
function parseShardList(value: string, ctx: ParsePayload): number[] | 'auto' {
  if (value.toLowerCase() === 'auto') return 'auto';
  const ids = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const range = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(part);
    const from = Number(range?.[1]);
    const to = Number(range?.[2] ?? range?.[1]);
    if (!range || to < from) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `"${part}" is not a shard id or range: use "auto", or ids and ranges such as 0,1 or 4-7`,
      });
      return z.NEVER;
    }
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** The shard settings together: ids exist only within a count, and "auto" chooses the count itself. */
function shardProblems(raw: Record<string, string | undefined>): string[] {
  const shards = raw.NEWSBRIEF_DISCORD_SHARDS?.trim();
  const count = Number(raw.NEWSBRIEF_DISCORD_SHARD_COUNT);
  if (!shards) return [];
  if (shards.toLowerCase() === 'auto') {
    return raw.NEWSBRIEF_DISCORD_SHARD_COUNT
      ? ['NEWSBRIEF_DISCORD_SHARD_COUNT: leave it unset with NEWSBRIEF_DISCORD_SHARDS=auto (Discord chooses the count)']
      : [];
  }
  if (!raw.NEWSBRIEF_DISCORD_SHARD_COUNT) {
    return [
      'NEWSBRIEF_DISCORD_SHARD_COUNT: is required with NEWSBRIEF_DISCORD_SHARDS: the number of shards across every replica',
    ];
  }
  const highest = Math.max(...(shards.match(/\d+/g) ?? []).map(Number));
  return Number.isInteger(count) && highest >= count
    ? [
        `NEWSBRIEF_DISCORD_SHARDS: shard ${highest} does not exist with NEWSBRIEF_DISCORD_SHARD_COUNT=${count} (ids run from 0 to ${count - 1})`,
      ]
    : [];
}

export type Config = z.output<typeof configSchema>;
