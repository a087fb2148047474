import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNewsbriefApp } from '../src/app/create-newsbrief-app';
import { silentLogger } from '../src/logging/create-logger';
import { openAsyncSqliteStore } from '../src/store/async/open-async-sqlite-store';
import { createPooledEngine } from '../src/workers/create-pooled-engine';
import { createWorkerPool } from '../src/workers/create-worker-pool';
import { encodeForm, postSignedToSlack, slashCommandForm } from '../test/support/fake-slack-requests';
import { loadBbcArticles } from './bbc-corpus';
import { formatP50P95 } from './bench-chat-store';
import { SECRET, startBenchSlack } from './bench-slack';
import { type Benchmark, percentile } from './bench-types';

const FLYNN = join(import.meta.dirname, '../../shared/samples/flynn-immunity.txt');
const COMMANDS = 60;
const ACK_P95_TARGET_MS = 100;

/** About 1 MB of real prose, made unique by `n` so each ingest is a new article. */
function megabyteArticle(n: number, bodies: readonly string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1024 * 1024; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    size += body.length + 2;
  }
  return `Big file number ${n}\n\n${parts.join('\n\n')}`;
}

/**
 * `/brief flynn` acknowledgements through the real Bolt app while 1 MB articles are being
 * ingested one after another, as from the drop folder: the analysis runs in the worker pool, so
 * the ack should not wait for it.
 */
export const benchIngestAck: Benchmark = async ({ log, tmpDir }) => {
  // A file, as deployed: an in-memory database would count every stored megabyte in the RSS.
  const store = openAsyncSqliteStore({ path: join(tmpDir, 'ingest-ack.db') });
  const bodies = loadBbcArticles().map((a) => a.text.split('\n').slice(1).join('\n').trim());
  // The built worker, as `newsbrief start` runs it (npm run bench builds dist/ first).
  const pool = createWorkerPool({ jobTimeoutMs: 120_000, bundledWorker: true });
  const app = createNewsbriefApp({ store, logger: silentLogger(), ingestEngine: createPooledEngine(pool) });
  const flynn = readFileSync(FLYNN, 'utf8');
  await app.ingest({ source: 'flynn-immunity.txt', title: flynn.split('\n', 1)[0]!, text: flynn });
  const { fake, slack, url } = await startBenchSlack(app);
  let ingesting = true;
  let ingested = 0;
  const ingestLoop = (async () => {
    for (let n = 1; ingesting; n++) {
      await app.ingest({ source: `big-${n}.txt`, title: `Big file number ${n}`, text: megabyteArticle(n, bodies) });
      ingested++;
    }
  })();
  const acks: number[] = [];
  try {
    for (let i = 0; i < COMMANDS; i++) {
      const channel = `CI${String(i).padStart(7, '0')}`;
      const body = encodeForm(slashCommandForm({ text: 'flynn', channel, responseUrl: fake.responseUrl(channel) }));
      const started = performance.now();
      const res = await postSignedToSlack(url, body, 'application/x-www-form-urlencoded', { secret: SECRET });
      if (res.status !== 200) throw new Error(`Bolt answered ${res.status}`);
      acks.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    ingesting = false;
    await ingestLoop;
    await slack.stop();
    await fake.close();
    await pool.close();
    await store.close();
  }
  acks.sort((a, b) => a - b);
  const p = { p50: percentile(acks, 50), p95: percentile(acks, 95) };
  log(
    `ingest-ack: ${acks.length} acks while ${ingested} 1 MB articles were ingested; max ${acks.at(-1)?.toFixed(1)} ms`,
  );
  return [
    {
      name: 'slack /brief ack p50 / p95 while 1 MB files are ingested',
      value: formatP50P95(p),
      target: `p95 <= ${ACK_P95_TARGET_MS} ms`,
      ok: p.p95 <= ACK_P95_TARGET_MS,
      note: `${COMMANDS} commands, 50 ms apart, during ${ingested} ingests of 1 MB; analysis in the worker pool`,
    },
  ];
};
