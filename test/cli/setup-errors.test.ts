import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI } from '../support/build-cli';
import { FAKE_APPLICATION_ID } from '../support/fake-discord-ids';
import { FakeDiscordServer } from '../support/fake-discord-server';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';

const SLACK_TOKEN = 'xoxb-1111-secret-value';
const DISCORD_TOKEN = 'discord-secret-value';
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-setup-'));
let slack: FakeSlackApi;
let discord: FakeDiscordServer;
/** A loopback port nothing listens on: "no network" without leaving the machine. */
let closedPort: number;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  discord = await FakeDiscordServer.start();
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(async () => {
  await slack.close();
  await discord.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The built CLI, with only the given settings (no .env from anywhere else matters: all are set). */
function newsbrief(args: string[], settings: Record<string, string>) {
  return new Promise<{ code: number | null; err: string; out: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], {
      env: {
        PATH: process.env.PATH,
        NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
        NEWSBRIEF_LOG_LEVEL: 'warn',
        ...settings,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/**
 * Exit 2 and exactly one line for the person: the fix. Besides it only the start-up line and the
 * bot's structured log lines (JSON, e.g. the SDK's retries); no stack trace, no token anywhere.
 */
function expectOneLine(result: { code: number | null; err: string }, line: string) {
  expect(result.code, result.err).toBe(2);
  const lines = result.err
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('newsbrief: database ') && !l.startsWith('{"level":'));
  expect(lines).toEqual([line]);
  expect(result.err).not.toMatch(/\n\s+at |\\n\s+at /);
  expect(result.err).not.toContain(SLACK_TOKEN);
  expect(result.err).not.toContain(DISCORD_TOKEN);
}

const slackSocket = () => ({
  SLACK_BOT_TOKEN: SLACK_TOKEN,
  SLACK_APP_TOKEN: 'xapp-1-not-secret',
  SLACK_API_URL: slack.apiUrl,
});
const discordEnv = (apiUrl: string) => ({
  DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
  DISCORD_API_URL: apiUrl,
});

describe('setup mistakes: one line with the fix, exit 2', () => {
  it('Slack rejects the bot token (invalid_auth)', async () => {
    slack.failNext('auth.test', { error: 'invalid_auth' });
    expectOneLine(
      await newsbrief(['start'], slackSocket()),
      'Slack rejected SLACK_BOT_TOKEN (invalid_auth): copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.',
    );
  });

  it('Slack rejects the app-level token (Socket Mode)', async () => {
    slack.failNext('apps.connections.open', { error: 'invalid_auth' });
    const result = await newsbrief(['start'], slackSocket());
    expectOneLine(
      result,
      'Slack rejected SLACK_APP_TOKEN (invalid_auth): create an app-level token (xapp-…) with the connections:write scope under Basic Information → App-Level Tokens.',
    );
  });

  it('Slack cannot be reached', async () => {
    const result = await newsbrief(['start'], {
      ...slackSocket(),
      SLACK_API_URL: `http://127.0.0.1:${closedPort}/api/`,
    });
    expectOneLine(
      result,
      'Cannot reach Slack (ECONNREFUSED): check the network connection or proxy (or SLACK_API_URL, if set), then try again.',
    );
  });

  it('Discord answers 401 in start and in register-discord', async () => {
    const line =
      'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token from the Developer Portal → Bot → Reset Token.';
    expectOneLine(await newsbrief(['start'], discordEnv(discord.apiUrl)), line);
    expectOneLine(await newsbrief(['register-discord'], discordEnv(discord.apiUrl)), line);
  });

  it('Discord cannot be reached, in start and in register-discord', async () => {
    const line =
      'Cannot reach Discord (ECONNREFUSED): check the network connection or proxy (or DISCORD_API_URL, if set), then try again.';
    const unreachable = discordEnv(`http://127.0.0.1:${closedPort}/api`);
    expectOneLine(await newsbrief(['register-discord'], unreachable), line);
    expectOneLine(await newsbrief(['start'], unreachable), line);
  });

  it('eval with a missing --dir', async () => {
    const missing = join(dir, 'no-such-eval');
    expectOneLine(
      await newsbrief(['eval', '--dir', missing], {}),
      `No evaluation data: ${missing} does not exist. Pass --dir <folder with bbc/article, bbc/summary and labels> (default ../shared/eval).`,
    );
  });
});
