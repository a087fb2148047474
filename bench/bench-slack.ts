import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNewsbriefApp } from '../src/app/create-newsbrief-app';
import { loadConfig } from '../src/config/load-config';
import { silentLogger } from '../src/logging/create-logger';
import { startSlack } from '../src/platforms/slack/start-slack';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { startFakeSlackApi } from '../test/support/fake-slack-api';
import { encodeForm, postSignedToSlack, slashCommandForm } from '../test/support/fake-slack-requests';
import { loadBbcArticles, syntheticArticles } from './bbc-corpus';
import { percentile, type Benchmark } from './bench-types';

const FLYNN = '/work/shared/samples/flynn-immunity.txt';
const ARTICLES = 10_000;
const COMMANDS = 200;
const SECRET = 'bench-signing-secret';
const ACK_P95_TARGET_MS = 100; // Slack's hard limit is 3000 ms
const POST_P95_TARGET_MS = 250;

/**
 * `/brief <query>` through the real Bolt app over loopback: signed HTTP request in, ack out,
 * then chat.postMessage to a fake Web API. 10,000 stored articles; analyses warm (as after ingest).
 */
export const benchSlack: Benchmark = async ({ tmpDir, log }) => {
  const store = openSqliteStore({ path: join(tmpDir, 'bench-slack.db') });
  const app = createNewsbriefApp({ store, logger: silentLogger() });
  const flynn = readFileSync(FLYNN, 'utf8');
  await app.ingest({ source: 'flynn-immunity.txt', title: flynn.split('\n', 1)[0]!, text: flynn });
  const queries = ['flynn'];
  let n = 1;
  for (const article of syntheticArticles(loadBbcArticles(), ARTICLES - 1)) {
    store.articles.add({ source: `bench/${n}.txt`, title: article.title, text: article.text });
    if (n % 200 === 0) queries.push(article.title.replace(/\(\d+\)$/, '').split(/\s+/).slice(0, 4).join(' '));
    if (++n % 2500 === 0) log(`slack: ${n} articles stored`);
  }

  const fake = await startFakeSlackApi();
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: '0', SLACK_API_URL: fake.apiUrl });
  const slack = await startSlack({ config, app, logger: silentLogger(), host: '127.0.0.1', retryConfig: { retries: 0 } });
  const url = `http://127.0.0.1:${slack.port}/slack/events`;
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
    const ackMs = performance.now() - started;
    const call = await posted;
    return { ackMs, postMs: performance.now() - started, found: call.method === 'chat.postMessage' };
  };
  try {
    for (const query of queries) await run(query); // warm: analyses cached, JIT warm
    const acks: number[] = [];
    const posts: number[] = [];
    let found = 0;
    for (let i = 0; i < COMMANDS; i++) {
      const r = await run(i % 2 === 0 ? 'flynn' : queries[i % queries.length]!);
      acks.push(r.ackMs);
      posts.push(r.postMs);
      if (r.found) found++;
    }
    acks.sort((a, b) => a - b);
    posts.sort((a, b) => a - b);
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    const note = `${COMMANDS} sequential /brief over loopback, ${ARTICLES.toLocaleString('en')} articles, ${found} briefs posted`;
    return [
      { name: 'slack /brief ack p50 / p95', value: `${fmt(percentile(acks, 50))} / ${fmt(percentile(acks, 95))}`, target: `p95 <= ${ACK_P95_TARGET_MS} ms`, ok: percentile(acks, 95) <= ACK_P95_TARGET_MS, note },
      { name: 'slack /brief command-to-post p50 / p95', value: `${fmt(percentile(posts, 50))} / ${fmt(percentile(posts, 95))}`, target: `p95 <= ${POST_P95_TARGET_MS} ms`, ok: percentile(posts, 95) <= POST_P95_TARGET_MS, note },
    ];
  } finally {
    await slack.stop();
    await fake.close();
    store.close();
  }
};
