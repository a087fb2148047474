import { expect } from 'vitest';
import type { Config } from '../../src/config/config-schema';
import { type DiscordRuntime, startDiscord } from '../../src/platforms/discord/start-discord';
import { capturingLogger } from '../support/capturing-logger';
import { FAKE_APPLICATION_ID } from '../support/fake-discord-ids';
import { slashCommandInteraction } from '../support/fake-discord-payloads';
import { FakeDiscordServer } from '../support/fake-discord-server';
import type { RecordedCall } from '../support/fake-discord-state';
import { makeTestApp, type TestApp } from '../support/make-test-app';

export interface DiscordHarness {
  fake: FakeDiscordServer;
  testApp: TestApp;
  runtime: DiscordRuntime;
  /** Every JSON log line the bot wrote. */
  logs: Record<string, unknown>[];
  /** Stops the bot and closes the store; the fake keeps running (restart tests reuse it). */
  stopBot(): Promise<void>;
}

/** A real discord.js bot over a real SQLite app, logged in to the fake Discord. */
export async function startDiscordHarness(
  options: {
    fake?: FakeDiscordServer;
    articles?: string[];
    dbPath?: string;
    config?: Partial<Pick<Config, 'NEWSBRIEF_DISCORD_SHARDS' | 'NEWSBRIEF_DISCORD_SHARD_COUNT'>>;
  } = {},
): Promise<DiscordHarness> {
  // Discord's own heartbeat interval (41.25 s): a test ends before the first beat is due. A short
  // one made discord.js call the connection a zombie and reconnect whenever a loaded machine
  // delayed an ack past the next beat.
  const fake = options.fake ?? (await FakeDiscordServer.start());
  const testApp = await makeTestApp({ articles: options.articles, dbPath: options.dbPath });
  const logs: Record<string, unknown>[] = [];
  const runtime = await startDiscord({
    config: {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
      ...options.config,
    },
    app: testApp.app,
    logger: capturingLogger(logs),
    restRetries: 0,
  });
  return {
    fake,
    testApp,
    runtime,
    logs,
    async stopBot() {
      await runtime.stop();
      testApp.close();
    },
  };
}

export function isCallback(call: RecordedCall, interactionId: string): boolean {
  return call.method === 'POST' && call.path.startsWith(`/interactions/${interactionId}/`);
}

export function isOriginalEdit(call: RecordedCall, token: string): boolean {
  return (
    call.method === 'PATCH' &&
    call.path === `/webhooks/${FAKE_APPLICATION_ID}/${token}/messages/@original` &&
    call.status === 200
  );
}

/** Every human-visible string of an embed, joined, for "does it say X" assertions. */
export function embedText(embeds: any[] = []): string {
  return embeds
    .flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]),
      e.footer?.text,
    ])
    .filter(Boolean)
    .join('\n');
}

/** The body asks Discord to parse no mentions at all: no @everyone/@here, users, roles or reply ping. */
export function expectNoMentions(body: any): void {
  expect(body.allowed_mentions?.parse).toEqual([]);
  expect(body.allowed_mentions?.users ?? []).toEqual([]);
  expect(body.allowed_mentions?.roles ?? []).toEqual([]);
  if ('replied_user' in (body.allowed_mentions ?? {})) expect(body.allowed_mentions.replied_user).toBe(false);
}

/** Runs /brief story <query> and returns the thread id Discord gave the brief. */
export async function briefThread(h: DiscordHarness, query = 'flynn'): Promise<string> {
  const interaction = h.fake.dispatchInteraction(slashCommandInteraction({ subcommand: 'story', options: { query } }));
  await h.fake.waitForCall((c) => isOriginalEdit(c, interaction.token));
  const created = await h.fake.waitForCall(
    (c) =>
      /\/threads$/.test(c.path) && c.path.includes(h.fake.state.interactions.get(interaction.id)!.originalMessageId!),
  );
  return created.path.split('/')[4]!;
}
