import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import pg from 'pg';
import { extractiveEngineKey } from '../src/app/extractive-engine-key';
import { analyzeArticle } from '../src/core/analyze-article';
import type { AsyncStore } from '../src/store/async/async-store';
import type { OpenPostgresStoreOptions } from '../src/store/postgres/open-postgres-store';
import { startPostgresCluster } from '../test/support/postgres-cluster';
import { loadBbcArticles, syntheticArticles } from './bbc-corpus';

/**
 * The PostgreSQL store's add in two versions of the code (A: a git ref, B: this checkout or a ref), timed
 * in ONE process on one local server: blocks of adds alternate A B, B A, … so both arms see the
 * same machine at the same moments. On a shared, loaded machine whole bench runs drift by a third
 * either way from run to run (docs/evaluation.md, Session 32 pg33), far more than a store change's
 * effect; interleaved blocks cancel that drift. Each arm stores the same synthetic stories (with
 * their analysis and entity names, as ingest adds them) in a schema of its own, one pool
 * connection each, so the server's CPU per arm is that connection's backend's.
 *
 *   npm run bench:store-add -- [--base main] [--change <ref>] [--adds 2000] [--block 100] [--rounds 2]
 *
 * Besides the totals per round it prints the block pairs (the same stories, A's and B's adds next
 * to each other): in how many B took less, and the median of B's time over A's. A load spike lands
 * in one block and moves a round's total; it moves one pair of the median.
 */
const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'main' },
    change: { type: 'string' },
    adds: { type: 'string', default: '2000' },
    block: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '2' },
  },
});
const ADDS = Number(values.adds);
const BLOCK = Number(values.block);
const ROUNDS = Number(values.rounds);
// Adds per arm before a round's timing starts, so each arm's code is compiled hot before it is timed.
const WARM_UP = 50;
const ROOT = join(import.meta.dirname, '..');

type Open = (options: OpenPostgresStoreOptions) => Promise<AsyncStore>;
type Added = Parameters<AsyncStore['articles']['add']>;

interface Totals {
  ms: number;
  clientUs: number;
  serverTicks: number;
  /** Each block's clock and client CPU (ms), in block order. */
  blocks: Array<{ ms: number; clientMs: number }>;
}

const noTotals = (): Totals => ({ ms: 0, clientUs: 0, serverTicks: 0, blocks: [] });

interface Arm {
  label: string;
  open: Open;
  store?: AsyncStore;
  totals: Totals;
}

/** openPostgresStore as `srcRoot`'s sources have it, bundled alone (packages from this checkout). */
async function bundledOpen(label: string, srcRoot: string, outDir: string): Promise<Open> {
  const outfile = join(outDir, `${label}.mjs`);
  await build({
    absWorkingDir: srcRoot,
    entryPoints: [join(srcRoot, 'src/store/postgres/open-postgres-store.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return ((await import(pathToFileURL(outfile).href)) as { openPostgresStore: Open }).openPostgresStore;
}

/** `ref`'s src/ in a folder of `outDir`; returns the folder. */
function sources(ref: string, name: string, outDir: string): string {
  const root = join(outDir, name);
  mkdirSync(root);
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${ref}" src | tar -x -C "${root}"`]);
  return root;
}

/** The stories both arms add: synthetic BBC copy, analysed before any timing starts. */
function storiesToAdd(count: number): Added[] {
  const engineKey = extractiveEngineKey();
  return [...syntheticArticles(loadBbcArticles(), count)].map((article, n) => {
    const analysis = analyzeArticle(article.text, { source: 'bench' });
    return [
      { source: `bench/${n}.txt`, title: analysis.title || article.title, text: article.text },
      { entityNames: analysis.entities.map((e) => e.name), analysis: { engineKey, analysis } },
    ];
  });
}

/** CPU clock ticks (10 ms) the backend serving `application` has used, 0 when there is none yet. */
async function backendTicks(admin: pg.Client, application: string): Promise<number> {
  const result = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [
    application,
  ]);
  let ticks = 0;
  for (const { pid } of result.rows) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks;
}

async function timeBlock(arm: Arm, admin: pg.Client, application: string, stories: Added[]): Promise<void> {
  const serverBefore = await backendTicks(admin, application);
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const story of stories) await arm.store!.articles.add(...story);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  arm.totals.ms += ms;
  arm.totals.clientUs += used.user + used.system;
  arm.totals.blocks.push({ ms, clientMs: (used.user + used.system) / 1000 });
  arm.totals.serverTicks += (await backendTicks(admin, application)) - serverBefore;
}

async function round(arms: [Arm, Arm], url: string, admin: pg.Client, n: number, stories: Added[]) {
  const application = (arm: Arm) => `newsbrief_add_${arm.label}_${n}`;
  for (const arm of arms) {
    arm.totals = noTotals();
    const separator = url.includes('?') ? '&' : '?';
    arm.store = await arm.open({
      url: `${url}${separator}application_name=${application(arm)}`,
      schema: `add_${arm.label}_${n}`,
      poolSize: 1,
    });
    for (const story of stories.slice(ADDS)) await arm.store.articles.add(...story);
  }
  for (let b = 0; b * BLOCK < ADDS; b++) {
    const block = stories.slice(b * BLOCK, Math.min(ADDS, (b + 1) * BLOCK));
    const order = b % 2 === 0 ? arms : [arms[1], arms[0]];
    for (const arm of order) await timeBlock(arm, admin, application(arm), block);
  }
  for (const arm of arms) await arm.store!.close();
}

function report(n: number, [a, b]: [Arm, Arm]): boolean {
  const per = (arm: Arm) => ({
    clock: arm.totals.ms / ADDS,
    client: arm.totals.clientUs / 1000 / ADDS,
    server: (arm.totals.serverTicks * 10) / ADDS,
  });
  const [pa, pb] = [per(a), per(b)];
  const change = (x: number, y: number) => `${(((y - x) / x) * 100).toFixed(1)}%`;
  const line = (what: keyof typeof pa) =>
    `  ${what.padEnd(7)} ${pa[what].toFixed(3)} → ${pb[what].toFixed(3)} ms per add (${change(pa[what], pb[what])})`;
  const pairs = (what: 'ms' | 'clientMs') => {
    const ratios = a.totals.blocks.map((block, i) => b.totals.blocks[i]![what] / block[what]).sort((x, y) => x - y);
    const lower = ratios.filter((r) => r < 1).length;
    return `${lower} of ${ratios.length} block pairs lower, median B/A ${ratios[Math.floor(ratios.length / 2)]!.toFixed(3)}`;
  };
  process.stdout.write(
    `round ${n} (${ADDS} adds each, blocks of ${BLOCK}; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}):\n${line('clock')}; ${pairs('ms')}\n${line('client')}; ${pairs('clientMs')}\n${line('server')}\n`,
  );
  return pb.clock < pa.clock && pb.client < pa.client;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'newsbrief-store-add-'));
  const cluster = await startPostgresCluster();
  const admin = new pg.Client(cluster.url());
  await admin.connect();
  try {
    // The refs' sources, beside a link to this checkout's packages (the bundles leave them external).
    symlinkSync(join(ROOT, 'node_modules'), join(outDir, 'node_modules'));
    const changeRoot = values.change ? sources(values.change, 'change', outDir) : ROOT;
    const arms: [Arm, Arm] = [
      { label: 'a', open: await bundledOpen('a', sources(values.base, 'base', outDir), outDir), totals: noTotals() },
      { label: 'b', open: await bundledOpen('b', changeRoot, outDir), totals: noTotals() },
    ];
    process.stderr.write(`analysing ${ADDS + WARM_UP} stories …\n`);
    const stories = storiesToAdd(ADDS + WARM_UP);
    process.stdout.write(`A = ${values.base}'s store code, B = ${values.change ?? 'this checkout'}'s\n`);
    let faster = 0;
    for (let n = 1; n <= ROUNDS; n++) {
      await round(arms, cluster.url(), admin, n, stories);
      if (report(n, arms)) faster++;
    }
    process.stdout.write(`B faster by the clock and in client CPU in ${faster} of ${ROUNDS} rounds\n`);
  } finally {
    await admin.end();
    await cluster.destroy();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
