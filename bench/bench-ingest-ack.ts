import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../src/project-path';
import { startFakeSlackApi } from '../test/support/fake-slack-api';
import { encodeForm, postSignedToSlack, slashCommandForm } from '../test/support/fake-slack-requests';
import { startSlackBotProcess } from '../test/support/slack-bot-process';
import { loadBbcArticles } from './bbc-corpus';
import { formatP50P95 } from './bench-chat-store';
import { SECRET } from './bench-slack';
import { type Benchmark, percentile } from './bench-types';

const FILES = 3;
const ACK_P95_TARGET_MS = 100;
const PEAK_RSS_TARGET_MB = 200;
/** A file not stored by then has failed: the benchmark stops instead of waiting forever. */
const FILE_DEADLINE_MS = 180_000;

/** About 1 MB of real prose, made unique by `n` so each file is a new article. */
function megabyteArticle(n: number, bodies: readonly string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = n; size < 1024 * 1024; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    size += body.length + 2;
  }
  return `Big file number ${n}\n\n${parts.join('\n\n')}`;
}

/** The process's high-water mark of resident memory, from the kernel (Linux). */
function peakRssMb(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bot as deployed: the built `newsbrief` launched as its own executable (so its launcher's
 * node flags apply), `start` in Slack HTTP mode with a drop folder. 1 MB files are dropped one
 * after another while `/brief ferry` is sent every 50 ms; the acks are timed, and the bot
 * process's peak RSS is read from the kernel before it stops. This process only drives it.
 */
export const benchIngestAck: Benchmark = async ({ log, tmpDir, reportRss }) => {
  const drop = join(tmpDir, 'ingest-ack-drop');
  mkdirSync(drop, { recursive: true });
  const bodies = loadBbcArticles().map((a) => a.text.split('\n').slice(1).join('\n').trim());
  const fake = await startFakeSlackApi();
  const cleanup: Array<() => unknown> = [];
  const acks: number[] = [];
  let peakMb: number | undefined;
  try {
    // An empty store: `start` stores the bundled samples (the harbour ferry story among them) first.
    const bot = await startSlackBotProcess({
      env: { NEWSBRIEF_DB: join(tmpDir, 'ingest-ack.db'), NEWSBRIEF_WATCH_DIR: drop },
      signingSecret: SECRET,
      slackApiUrl: fake.apiUrl,
      cleanup,
      cli: projectPath('dist', 'newsbrief.js'),
    });
    const ingested = () => (bot.stderr().match(/drop folder file ingested/g) ?? []).length;
    for (let n = 1; n <= FILES; n++) {
      // Written aside and renamed into place, as the drop folder asks of writers.
      writeFileSync(join(drop, `big-${n}.txt.part`), megabyteArticle(n, bodies));
      renameSync(join(drop, `big-${n}.txt.part`), join(drop, `big-${n}.txt`));
      const deadline = performance.now() + FILE_DEADLINE_MS;
      for (let i = 0; ingested() < n; i++) {
        if (bot.child.exitCode !== null) throw new Error(`newsbrief start exited: ${bot.stderr().slice(-2000)}`);
        if (bot.stderr().includes('drop folder file not ingested') || performance.now() > deadline)
          throw new Error(`big-${n}.txt was not ingested: ${bot.stderr().slice(-2000)}`);
        const channel = `CI${n}${String(i).padStart(6, '0')}`;
        const body = encodeForm(slashCommandForm({ text: 'ferry', channel, responseUrl: fake.responseUrl(channel) }));
        const started = performance.now();
        const res = await postSignedToSlack(bot.url, body, 'application/x-www-form-urlencoded', { secret: SECRET });
        if (res.status !== 200) throw new Error(`Bolt answered ${res.status}`);
        acks.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    peakMb = peakRssMb(bot.child.pid!);
    // Each command must have been a brief: a "no story matches" reply would leave the brief path
    // (search, the cached analysis, rendering) out of the memory measured.
    const kinds = [...bot.stderr().matchAll(/"kind":"(\w+)"[^\n]*"msg":"slack: answered"/g)].map((m) => m[1]);
    if (kinds.length === 0 || kinds.some((kind) => kind !== 'brief')) {
      throw new Error(`/brief ferry was not answered with a brief: ${[...new Set(kinds)].join(', ') || 'no replies'}`);
    }
  } finally {
    for (const step of cleanup.reverse()) await step();
    await fake.close();
  }
  if (peakMb !== undefined) reportRss('ingest-ack: newsbrief start', peakMb);
  acks.sort((a, b) => a - b);
  const p = { p50: percentile(acks, 50), p95: percentile(acks, 95) };
  log(`ingest-ack: ${acks.length} acks while ${FILES} 1 MB files were ingested; max ${acks.at(-1)?.toFixed(1)} ms`);
  return [
    {
      name: 'slack /brief ack p50 / p95 while 1 MB files are ingested',
      value: formatP50P95(p),
      target: `p95 <= ${ACK_P95_TARGET_MS} ms`,
      ok: p.p95 <= ACK_P95_TARGET_MS,
      note: `newsbrief start (built, Slack HTTP, drop folder): ${acks.length} commands, 50 ms apart, during ${FILES} drops of 1 MB`,
    },
    {
      name: 'newsbrief start peak RSS while 1 MB files are ingested',
      value: peakMb === undefined ? 'n/a (no /proc)' : `${peakMb.toFixed(0)} MB`,
      target: `<= ${PEAK_RSS_TARGET_MB} MB`,
      ...(peakMb === undefined ? {} : { ok: peakMb <= PEAK_RSS_TARGET_MB }),
      note: 'the bot process, from the kernel (VmHWM); samples stored at start, then the drops',
    },
  ];
};
