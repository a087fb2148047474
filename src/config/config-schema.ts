import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalText = z.string().trim().min(1).optional();
const url = z.string().trim().url();

/** Every environment variable newsbrief reads; `.env.example` documents each one. */
export const configSchema = z.object({
  NEWSBRIEF_DB: z.string().trim().min(1).default('data/newsbrief.db'),
  NEWSBRIEF_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEWSBRIEF_TZ: z.string().trim().min(1).default('UTC'),
  NEWSBRIEF_CATCHUP_HOURS: z.coerce.number().min(0).max(72).default(6),
  NEWSBRIEF_MAX_FILE_MB: z.coerce.number().positive().max(1024).default(20),

  NEWSBRIEF_ENGINE: z.enum(['extractive', 'llm', 'auto']).default('auto'),
  NEWSBRIEF_MODEL: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: url.optional(),
  NEWSBRIEF_LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(8_000),
  NEWSBRIEF_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(1),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  SLACK_API_URL: url.optional(),
  /** Slack users (U…) who may change a channel's follow-ups, digest, feeds and resolved questions, besides admins. */
  SLACK_MANAGER_IDS: z
    .string()
    .default('')
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]+$/, 'Slack user ids look like U0123ABCD (comma-separated)'))),

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: url.optional(),

  /**
   * Who may change what a channel shares (follow, unfollow, digest, feed add/remove, resolve):
   * managers (Discord: Manage Channels; Slack: admins, owners, SLACK_MANAGER_IDS) or everyone.
   */
  NEWSBRIEF_CHANNEL_CHANGES: z.enum(['managers', 'everyone']).default('managers'),

  NEWSBRIEF_FETCH_ALLOW_PRIVATE: flag.default(false),
  NEWSBRIEF_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  NEWSBRIEF_FETCH_MAX_MB: z.coerce.number().positive().max(100).default(5),
  NEWSBRIEF_WATCH_DIR: optionalText,
  NEWSBRIEF_FEED_POLL_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
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
  if (raw.NEWSBRIEF_TZ && !isTimeZone(raw.NEWSBRIEF_TZ)) {
    problems.push(`NEWSBRIEF_TZ: "${raw.NEWSBRIEF_TZ}" is not an IANA time zone (e.g. Europe/London)`);
  }
  return problems;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type Config = z.output<typeof configSchema>;
