import { silentLogger } from '../src/logging/create-logger';
import { startDiscord } from '../src/platforms/discord/start-discord';
import { FAKE_APPLICATION_ID } from '../test/support/fake-discord-ids';
import { slashCommandInteraction } from '../test/support/fake-discord-payloads';
import { FakeDiscordServer } from '../test/support/fake-discord-server';
import { formatP50P95, measureChatLatency, openChatBenchStore } from './bench-chat-store';
import type { Benchmark } from './bench-types';

const COMMANDS = 200;
const DEFER_P95_TARGET_MS = 100; // Discord's hard limit is 3000 ms
const REPLY_P95_TARGET_MS = 250;

/**
 * `/brief story <query>` through the real discord.js client over loopback: INTERACTION_CREATE on
 * the fake gateway → deferral callback → PATCH @original with the embeds. 10,000 stored
 * articles, analyses warm (as after ingest). Timed from the dispatch, so gateway delivery counts.
 */
export const benchDiscord: Benchmark = async (context) => {
  const { store, app, queries } = await openChatBenchStore(context);
  const fake = await FakeDiscordServer.start();
  const discord = await startDiscord({
    config: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID, DISCORD_API_URL: fake.apiUrl },
    app,
    logger: silentLogger(),
    restRetries: 0,
  });
  const run = async (query: string) => {
    const payload = slashCommandInteraction({ subcommand: 'story', options: { query } });
    const started = performance.now();
    const deferred = fake
      .waitForCall((c) => c.path.startsWith(`/interactions/${payload.id}/`))
      .then(() => performance.now() - started);
    const replied = fake
      .waitForCall(
        (c) =>
          c.path.includes(payload.token) &&
          (c.method === 'PATCH' || c.method === 'POST') &&
          !c.path.includes('/interactions/') &&
          c.status === 200,
      )
      .then((c) => ({
        replyMs: performance.now() - started,
        found: c.method === 'PATCH' && (c.body.embeds?.length ?? 0) > 0,
      }));
    fake.dispatchInteraction(payload);
    return { firstMs: await deferred, ...(await replied) };
  };
  try {
    const { first, reply, note } = await measureChatLatency(queries, COMMANDS, run);
    return [
      {
        name: 'discord /brief defer p50 / p95',
        value: formatP50P95(first),
        target: `p95 <= ${DEFER_P95_TARGET_MS} ms`,
        ok: first.p95 <= DEFER_P95_TARGET_MS,
        note,
      },
      {
        name: 'discord /brief interaction-to-reply p50 / p95',
        value: formatP50P95(reply),
        target: `p95 <= ${REPLY_P95_TARGET_MS} ms`,
        ok: reply.p95 <= REPLY_P95_TARGET_MS,
        note,
      },
    ];
  } finally {
    await discord.stop();
    await fake.stop();
    await store.close();
  }
};
