import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from '../src/project-path';
import type { Benchmark, BenchRow } from './bench-types';

/**
 * Every benchmark, in order; add yours with one line. Loaded lazily so each benchmark's process
 * holds only its own code (a Slack SDK loaded into the analysis run would inflate its RSS).
 */
const benchmarks: ReadonlyArray<[string, () => Promise<Benchmark>]> = [
  ['analysis', async () => (await import('./bench-analysis')).benchAnalysis],
  ['hostile-quotes', async () => (await import('./hostile-quote-inputs')).benchHostileQuotes],
  ['answers', async () => (await import('./bench-answers')).benchAnswers],
  ['who-is-who', async () => (await import('./bench-who-is-who')).benchWhoIsWho],
  ['store', async () => (await import('./bench-store')).benchStore],
  ['brief', async () => (await import('./bench-brief')).benchBrief],
  ['slack', async () => (await import('./bench-slack')).benchSlack],
  ['discord', async () => (await import('./bench-discord')).benchDiscord],
  ['scheduler', async () => (await import('./bench-scheduler')).benchScheduler],
  ['scheduler-replicas', async () => (await import('./bench-scheduler-replicas')).benchSchedulerReplicas],
  ['hostile', async () => (await import('./bench-hostile-inputs')).benchHostileInputs],
  ['ingest-ack', async () => (await import('./bench-ingest-ack')).benchIngestAck],
  ['cold-start', async () => (await import('./bench-cold-start')).benchColdStart],
  ['store-async', async () => (await import('./bench-async-store')).benchAsyncStore],
  ['handled-events-prune', async () => (await import('./bench-handled-events-prune')).benchHandledEventsPrune],
];

const PEAK_RSS_TARGET_MB = 200;
const SELF = fileURLToPath(import.meta.url);

interface ChildResult {
  rows: BenchRow[];
  maxRssMb: number;
  /** Processes the benchmark started itself, with their peak RSS. */
  others: Array<[string, number]>;
}

/**
 * Each benchmark runs in its own process (`--child <name>`), so one benchmark's heap and stores
 * neither slow the next nor inflate its peak RSS: the figure is per process, as a deployment runs.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return runChild(args[1]!, args[2]!, args[3]!);
  const unknown = args.filter((a) => !benchmarks.some(([name]) => name === a));
  if (unknown.length > 0)
    throw new Error(`unknown benchmark ${unknown.join(', ')}; have: ${benchmarks.map(([n]) => n).join(', ')}`);
  // Each benchmark stands in for the bot's process: it runs with the bot's launcher settings.
  const launcher = launcherSettings(readFileSync(projectPath('dist', 'newsbrief.js'), 'utf8'));
  const tmpDir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-'));
  const rows: BenchRow[] = [];
  const rss: Array<[string, number]> = [];
  try {
    for (const [name] of benchmarks) {
      if (args.length > 0 && !args.includes(name)) continue;
      process.stderr.write(`running ${name} …\n`);
      const out = join(tmpDir, `${name}.json`);
      // Compiled (npm run bench), children run plain JavaScript; from source, through tsx.
      const loader = SELF.endsWith('.ts') ? ['--import', 'tsx'] : [];
      const child = spawnSync(
        process.execPath,
        [...launcher.nodeFlags, ...loader, SELF, '--child', name, out, tmpDir],
        {
          stdio: ['ignore', 'inherit', 'inherit'],
          env: { ...process.env, ...launcher.env },
        },
      );
      if (child.status !== 0) {
        rows.push({ name, value: 'failed', ok: false, note: `exit ${child.status ?? child.signal}; see stderr` });
        continue;
      }
      const result = JSON.parse(readFileSync(out, 'utf8')) as ChildResult;
      rows.push(...result.rows);
      rss.push([name, result.maxRssMb], ...result.others);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  const [worst, peakMb] = rss.reduce((a, b) => (b[1] > a[1] ? b : a), ['none', 0]);
  rows.push({
    name: 'peak RSS (largest benchmark process)',
    value: `${peakMb.toFixed(0)} MB`,
    target: `<= ${PEAK_RSS_TARGET_MB} MB`,
    ok: peakMb <= PEAK_RSS_TARGET_MB,
    note: `${worst}; ${rss.map(([n, mb]) => `${n} ${mb.toFixed(0)}`).join(', ')} MB`,
  });

  const cpu = cpus();
  process.stdout.write(
    `newsbrief benchmarks — ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ` +
      `${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}/${process.arch}\n\n`,
  );
  process.stdout.write(`${formatTable(rows)}\n`);
}

/** The launcher's `exec env NAME=value node --flag "$0"` line → the environment and node flags it sets. */
function launcherSettings(cli: string): { env: Record<string, string>; nodeFlags: string[] } {
  const line = /^":" \/\/; exec env (.*) "\$0"/m.exec(cli.split('\n', 3).join('\n'))?.[1];
  if (!line) throw new Error('dist/newsbrief.js has no launcher line: run `npm run build`');
  const words = line.trim().split(/\s+/);
  const node = words.indexOf('node');
  const assignments = words.slice(0, node).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]);
  return { env: Object.fromEntries(assignments), nodeFlags: words.slice(node + 1) };
}

/** Runs one benchmark; `tmpDir` is the run's, shared so later benchmarks reuse earlier stores. */
async function runChild(name: string, out: string, tmpDir: string): Promise<void> {
  const load = benchmarks.find(([n]) => n === name)?.[1];
  if (!load) throw new Error(`unknown benchmark ${name}`);
  const run = await load();
  const others: Array<[string, number]> = [];
  const rows = await run({
    tmpDir,
    log: (line) => process.stderr.write(`${line}\n`),
    reportRss: (process, peakMb) => others.push([process, peakMb]),
  });
  const result: ChildResult = { rows, maxRssMb: process.resourceUsage().maxRSS / 1024, others };
  writeFileSync(out, JSON.stringify(result));
}

function formatTable(rows: readonly BenchRow[]): string {
  const header = ['benchmark', 'result', 'target', 'met', 'notes'];
  const cells = rows.map((r) => [
    r.name,
    r.value,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
