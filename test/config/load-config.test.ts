import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config';

describe('loadConfig', () => {
  it('runs offline with nothing set', () => {
    const config = loadConfig({});
    expect(config.NEWSBRIEF_ENGINE).toBe('auto');
    expect(config.NEWSBRIEF_TZ).toBe('UTC');
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('treats empty values from a copied .env.example as unset', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: '', OPENAI_BASE_URL: '  ', SLACK_PORT: '' });
    expect(config.SLACK_BOT_TOKEN).toBeUndefined();
    expect(config.SLACK_PORT).toBe(3000);
  });

  it('reads the PostgreSQL settings, refusing a bad pool size, schema or URL without repeating the URL', () => {
    const config = loadConfig({
      NEWSBRIEF_DATABASE_URL: 'postgres://nb:pw@db:5432/nb',
      NEWSBRIEF_DB_POOL_SIZE: '4',
      NEWSBRIEF_DB_SCHEMA: 'newsroom_a',
    });
    expect(config).toMatchObject({ NEWSBRIEF_DB_POOL_SIZE: 4, NEWSBRIEF_DB_SCHEMA: 'newsroom_a' });
    expect(loadConfig({}).NEWSBRIEF_DB_POOL_SIZE).toBe(10);
    expect(loadConfig({}).NEWSBRIEF_SLOT_LEASE_SECONDS).toBe(300);
    let caught: unknown;
    try {
      loadConfig({
        NEWSBRIEF_DATABASE_URL: 'mysql://nb:pw-secret@db/nb',
        NEWSBRIEF_DB_POOL_SIZE: '0',
        NEWSBRIEF_DB_SCHEMA: 'Newsroom-A',
      });
    } catch (error) {
      caught = error;
    }
    const error = caught as ConfigError;
    expect(error.problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'NEWSBRIEF_DATABASE_URL',
      'NEWSBRIEF_DB_POOL_SIZE',
      'NEWSBRIEF_DB_SCHEMA',
    ]);
    expect(error.message).not.toContain('pw-secret');
  });

  it('reports every problem in one error that says how to fix each', () => {
    let caught: unknown;
    try {
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-secret-value',
        DISCORD_TOKEN: 'discord-secret-value',
        NEWSBRIEF_TZ: 'Europe/Lodnon',
        SLACK_PORT: 'eighty',
        NEWSBRIEF_ENGINE: 'gpt',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.problems.map((p) => p.split(':')[0]).sort()).toEqual(
      ['DISCORD_APPLICATION_ID', 'NEWSBRIEF_ENGINE', 'NEWSBRIEF_TZ', 'SLACK_PORT', 'SLACK_SIGNING_SECRET'].sort(),
    );
    expect(error.message).toContain('Europe/Lodnon');
    expect(error.message).toContain('Socket Mode');
    // Secrets never end up in the message.
    expect(error.message).not.toContain('secret-value');
  });

  it('names a misspelt setting with the one meant, without its value, in the same error', () => {
    const error = configErrorOf({
      SLACK_BOT_TOKN: 'xoxb-secret-value',
      DISCORD_BOT_TOKEN: 'discord-secret-value',
      NEWSBRIEF_TIMEZONE: 'Europe/London',
      NEWSBRIEF_ENGINE: 'lmm',
      // Another tool's settings in the same environment are not ours to refuse, nor a namespace that extends ours.
      SLACK_WEBHOOK_URL: 'https://hooks.example/x',
      DISCORDJS_TOKEN: 'another-bots-secret-value',
      SLACKBOT_URL: 'https://hooks.example/y',
      OPENAI_ORG_ID: 'org-1',
      // Read by the test suite, not the bot.
      NEWSBRIEF_PG_BIN: '/usr/lib/postgresql/16/bin',
      // No setting: the tests choose the built ingest worker by an option, not through the environment.
      NEWSBRIEF_BUILT_POOL_WORKER: '1',
    });
    expect(error.problems).toEqual([
      'NEWSBRIEF_ENGINE: "lmm" is not one of extractive, llm, auto',
      'SLACK_BOT_TOKN: is not a newsbrief setting; did you mean SLACK_BOT_TOKEN?',
      'DISCORD_BOT_TOKEN: is not a newsbrief setting; did you mean DISCORD_TOKEN?',
      'NEWSBRIEF_TIMEZONE: is not a newsbrief setting; .env.example lists every one',
      'NEWSBRIEF_BUILT_POOL_WORKER: is not a newsbrief setting; .env.example lists every one',
    ]);
    expect(error.message).not.toContain('secret-value');
    expect(
      loadConfig({ SLACK_WEBHOOK_URL: 'https://hooks.example/x', NEWSBRIEF_BENCH_ARTICLES: '100' }).NEWSBRIEF_ENGINE,
    ).toBe('auto');
  });

  it('names the wrong entry of a list setting, not its position', () => {
    expect(configErrorOf({ SLACK_MANAGER_IDS: 'U123ABC, bob' }).problems).toEqual([
      'SLACK_MANAGER_IDS: "bob" is not a Slack user id: they look like U0123ABCD (comma-separated)',
    ]);
  });

  it('refuses a zone abbreviation the time-zone database would read as another place', () => {
    expect(configErrorOf({ NEWSBRIEF_TZ: 'BST' }).problems).toEqual([
      'NEWSBRIEF_TZ: "BST" is an abbreviation, which the time-zone database reads as Asia/Dhaka: name the place instead (e.g. Europe/London, America/New_York, Asia/Kolkata), so daylight saving follows it',
    ]);
  });

  it('requires a model and an endpoint when the model engine is forced on', () => {
    expect(() => loadConfig({ NEWSBRIEF_ENGINE: 'llm' })).toThrow(/NEWSBRIEF_MODEL[\s\S]*OPENAI_API_KEY/);
    expect(
      loadConfig({ NEWSBRIEF_ENGINE: 'llm', NEWSBRIEF_MODEL: 'llama3.1', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' })
        .NEWSBRIEF_MODEL,
    ).toBe('llama3.1');
  });

  it('takes numbers as decimal whole numbers within sane ranges, and URLs as http(s) only, all in one error', () => {
    let caught: unknown;
    try {
      loadConfig({
        SLACK_PORT: '0x50',
        NEWSBRIEF_FETCH_TIMEOUT_MS: '1e4',
        NEWSBRIEF_FETCH_MAX_MB: '0.0001',
        NEWSBRIEF_MAX_FILE_MB: '0',
        NEWSBRIEF_CATCHUP_HOURS: '-1',
        NEWSBRIEF_SLOT_LEASE_SECONDS: '1',
        NEWSBRIEF_FEED_POLL_MINUTES: '1.5',
        NEWSBRIEF_LLM_TIMEOUT_MS: '5',
        OPENAI_BASE_URL: 'file:///etc/passwd',
        SLACK_API_URL: 'gopher://slack.example/',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      [
        'NEWSBRIEF_CATCHUP_HOURS',
        'NEWSBRIEF_FEED_POLL_MINUTES',
        'NEWSBRIEF_FETCH_MAX_MB',
        'NEWSBRIEF_FETCH_TIMEOUT_MS',
        'NEWSBRIEF_LLM_TIMEOUT_MS',
        'NEWSBRIEF_MAX_FILE_MB',
        'NEWSBRIEF_SLOT_LEASE_SECONDS',
        'OPENAI_BASE_URL',
        'SLACK_API_URL',
        'SLACK_PORT',
      ].sort(),
    );
    expect(problems.find((p) => p.startsWith('SLACK_PORT'))).toMatch(/decimal digits/);
    expect(problems.find((p) => p.startsWith('OPENAI_BASE_URL'))).toMatch(/http:\/\/ or https:\/\//);
    expect(problems.find((p) => p.startsWith('NEWSBRIEF_MAX_FILE_MB'))).toMatch(/at least 1/);
  });

  it('reads ordinary decimal settings', () => {
    const config = loadConfig({
      SLACK_PORT: '8080',
      NEWSBRIEF_FETCH_MAX_MB: '10',
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
    });
    expect(config.SLACK_PORT).toBe(8080);
    expect(config.NEWSBRIEF_FETCH_MAX_MB).toBe(10);
    expect(config.NEWSBRIEF_FEED_POLL_MINUTES).toBe(15);
  });
});

/** The ConfigError loadConfig throws for env (the test fails if it returns). */
function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the settings');
}
