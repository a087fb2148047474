import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/logging/create-logger';
import { createRuntime } from '../../src/main';
import { startBot } from '../../src/start-bot';
import { FAKE_APPLICATION_ID } from '../support/fake-discord-ids';
import { FakeDiscordServer } from '../support/fake-discord-server';
import { startFakeSlackApi } from '../support/fake-slack-api';
import { freePort } from '../support/free-port';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

it('stops Slack again when Discord then fails to start, so the process can exit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-startfail-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const slackApi = await startFakeSlackApi();
  cleanup.push(() => slackApi.close());
  const discordApi = await FakeDiscordServer.start();
  cleanup.push(() => discordApi.stop());
  const port = await freePort();
  const config = loadConfig({
    NEWSBRIEF_DB: join(dir, 'newsbrief.db'),
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: 'test-signing-secret',
    SLACK_PORT: String(port),
    SLACK_API_URL: slackApi.apiUrl,
    DISCORD_TOKEN: 'not-the-bot-token', // the fake answers 401
    DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
    DISCORD_API_URL: discordApi.apiUrl,
  });
  const runtime = await createRuntime(config, { logger: silentLogger(), bundledWorker: true });
  cleanup.push(() => runtime.close());

  await expect(
    startBot(runtime, {
      input: new PassThrough(),
      output: new PassThrough(),
      interactive: false,
      stopSignal: new Promise<string>(() => {}),
    }),
  ).rejects.toThrow();

  // Slack had started (it answered auth.test) and must be closed again: nothing listens any more.
  expect(slackApi.callsTo('auth.test').length).toBeGreaterThan(0);
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
});
