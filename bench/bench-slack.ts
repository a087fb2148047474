import type { NewsbriefApp } from '../src/app/newsbrief-app';
import { loadConfig } from '../src/config/load-config';
import { silentLogger } from '../src/logging/create-logger';
import { startSlack } from '../src/platforms/slack/start-slack';
import { startFakeSlackApi } from '../test/support/fake-slack-api';
import { encodeForm, postSignedToSlack, slashCommandForm } from '../test/support/fake-slack-requests';
import { formatP50P95, measureChatLatency, openChatBenchStore } from './bench-chat-store';
import type { Benchmark } from './bench-types';

const COMMANDS = 200;
export const SECRET = 'bench-signing-secret';
const ACK_P95_TARGET_MS = 100; // Slack's hard limit is 3000 ms
const POST_P95_TARGET_MS = 250;

/**
 * `/brief <query>` through the real Bolt app over loopback: signed HTTP request in, ack out,
 * then chat.postMessage to a fake Web API. 10,000 stored articles; analyses warm (as after ingest).
 */
export const benchSlack: Benchmark = async (context) => {
  const { store, app, queries } = await openChatBenchStore(context);
  const { fake, slack, url } = await startBenchSlack(app);
  let seq = 0;
  const run = async (query: string) => {
    const channel = `CB${String(++seq).padStart(7, '0')}`;
    const body = encodeForm(slashCommandForm({ text: query, channel, responseUrl: fake.responseUrl(channel) }));
    const started = performance.now();
    const posted = Promise.race([
      fake.waitForCall('chat.postMessage', (c) => c.params.channel === channel),
      fake.waitForCall('response_url', (c) => c.params.responseId === channel),
    ]);
    const res = await postSignedToSlack(url, body, 'application/x-www-form-urlencoded', { secret: SECRET });
    if (res.status !== 200) throw new Error(`Bolt answered ${res.status}`);
    const firstMs = performance.now() - started;
    const call = await posted;
    return { firstMs, replyMs: performance.now() - started, found: call.method === 'chat.postMessage' };
  };
  try {
    const { first, reply, note } = await measureChatLatency(queries, COMMANDS, run);
    return [
      {
        name: 'slack /brief ack p50 / p95',
        value: formatP50P95(first),
        target: `p95 <= ${ACK_P95_TARGET_MS} ms`,
        ok: first.p95 <= ACK_P95_TARGET_MS,
        note,
      },
      {
        name: 'slack /brief command-to-post p50 / p95',
        value: formatP50P95(reply),
        target: `p95 <= ${POST_P95_TARGET_MS} ms`,
        ok: reply.p95 <= POST_P95_TARGET_MS,
        note,
      },
    ];
  } finally {
    await slack.stop();
    await fake.close();
    await store.close();
  }
};

/** The real Bolt app in HTTP mode on a loopback port, posting to a fake Slack Web API. */
export async function startBenchSlack(app: NewsbriefApp) {
  const fake = await startFakeSlackApi();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_PORT: '0',
    SLACK_API_URL: fake.apiUrl,
  });
  const slack = await startSlack({
    config,
    app,
    logger: silentLogger(),
    host: '127.0.0.1',
    retryConfig: { retries: 0 },
  });
  return { fake, slack, url: `http://127.0.0.1:${slack.port}/slack/events` };
}
