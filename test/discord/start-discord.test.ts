import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/create-logger';
import { startDiscord } from '../../src/platforms/discord/start-discord';
import { FAKE_APPLICATION_ID } from '../support/fake-discord-ids';
import { FakeDiscordServer } from '../support/fake-discord-server';
import { makeTestApp, type TestApp } from '../support/make-test-app';

describe('startDiscord', () => {
  let fake: FakeDiscordServer;
  let testApp: TestApp;
  beforeAll(async () => {
    fake = await FakeDiscordServer.start();
    testApp = await makeTestApp();
  });
  afterAll(async () => {
    testApp.close();
    await fake.stop();
  });

  it('rejects a wrong token instead of running half-connected, and never opens the gateway', async () => {
    const start = startDiscord({
      config: {
        DISCORD_TOKEN: 'not-the-token',
        DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
        DISCORD_API_URL: fake.apiUrl,
      },
      app: testApp.app,
      logger: silentLogger(),
    });
    await expect(start).rejects.toThrow(/token/i);
    expect(fake.gateway.record.connections).toHaveLength(0);
  });

  it('stops cleanly: the gateway connection closes', async () => {
    const runtime = await startDiscord({
      config: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl },
      app: testApp.app,
      logger: silentLogger(),
    });
    expect(fake.gateway.identifiedCount).toBe(1);
    await runtime.stop();
    // The close reaches the fake gateway a few event-loop turns later: poll with a bound generous
    // for a loaded machine, so a connection that never closes fails with this message.
    await expect
      .poll(() => fake.gateway.identifiedCount, {
        timeout: 20_000,
        interval: 10,
        message: 'the gateway connection is still open after stop()',
      })
      .toBe(0);
  });
});
