import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-two-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface TickRun {
  /** Resolves once the process has loaded and waits for `go`. */
  ready: Promise<void>;
  go: () => void;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** A tick process (tick-process.ts) that starts its tick when told to, over its IPC channel. */
function startTick(dbPath: string, postsFile: string, at: string): TickRun {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'tick-process.ts'), dbPath, postsFile, at],
    { cwd: join(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    done.then(({ stderr }) => reject(new Error(`the tick process ended before it was ready: ${stderr}`)));
  });
  return { ready, go: () => child.send('go'), done };
}

/** Runs tick processes side by side, starting their ticks together once all have loaded. */
async function tickTogether(dbPath: string, postsFile: string, at: string, processes: number) {
  const runs = Array.from({ length: processes }, () => startTick(dbPath, postsFile, at));
  await Promise.all(runs.map((r) => r.ready));
  for (const run of runs) run.go();
  return Promise.all(runs.map((r) => r.done));
}

/**
 * Checks the log the tick processes wrote, line by line in the order written: every post went
 * out no earlier than an instant its own process had reserved for that channel in the store, one
 * reservation per post, and one channel's reservations, whoever made them, are spaced at least
 * `minSpacingMs` apart. Nothing here is a measured gap: a slow machine only makes posts later.
 */
function checkSharedTurns(lines: string[], minSpacingMs: number): void {
  const pending = new Map<string, number>();
  const instants = new Map<string, number[]>();
  for (const line of lines) {
    const [kind, pid, channel, ms] = line.split(' ');
    const key = `${pid} ${channel}`;
    if (kind === 'reserve') {
      pending.set(key, Number(ms));
      instants.set(channel!, [...(instants.get(channel!) ?? []), Number(ms)]);
    } else {
      const reserved = pending.get(key);
      expect(reserved, `${line}: posted without a turn reserved in the store`).toBeDefined();
      expect(Number(ms), `${line}: posted before its turn (${reserved})`).toBeGreaterThanOrEqual(reserved!);
      pending.delete(key);
    }
  }
  for (const [channel, times] of instants) {
    const sorted = [...times].sort((x, y) => x - y);
    const gaps = sorted.slice(1).map((t, i) => t - sorted[i]!);
    expect(Math.min(...gaps), `${channel}: ${gaps.join(',')}`).toBeGreaterThanOrEqual(minSpacingMs);
  }
}

test('two real processes ticking the same slot on one SQLite file post each slot exactly once', async () => {
  const dbPath = join(dir, 'shared.db');
  const postsFile = join(dir, 'posts.log');
  writeFileSync(postsFile, '');
  const store = openAsyncSqliteStore({ path: dbPath });
  const channels = ['slack:C1', 'slack:C2', 'slack:C3', 'slack:C4'];
  // Six posts a channel at 09:00: its digest and the follow-ups of five stories (a channel has one
  // of each).
  const stories: number[] = [];
  for (const place of ['harbour', 'ferry', 'library', 'bridge', 'market']) {
    const text = `The ${place} closes on Monday, the council said. Nobody has said when it reopens.`;
    stories.push((await store.articles.add({ source: 's', title: `The ${place} closes`, text })).article.id);
  }
  const when = { time: '09:00', timezone: 'Europe/London', createdAt: '2026-03-29T06:00:00.000Z' };
  for (const channelId of channels) {
    await store.schedules.create({ channelId, kind: 'digest', ...when });
    for (const articleId of stories) await store.schedules.create({ channelId, kind: 'follow', articleId, ...when });
  }
  await store.close();

  const at = '2026-03-29T08:00:00.000Z'; // 09:00 BST
  const [a, b] = await tickTogether(dbPath, postsFile, at, 2);
  expect(a!.code, a!.stderr).toBe(0);
  expect(b!.code, b!.stderr).toBe(0);

  const lines = readFileSync(postsFile, 'utf8').trim().split('\n');
  expect(lines.filter((l) => l.startsWith('post '))).toHaveLength(24);
  // The one-post-per-interval limit (100 ms here, plus the limiter's 250 ms margin between shared
  // instants) is shared through the store, not per process: whichever process posted (which one
  // wins which slot is a race), each post waited for its own instant, and one channel's instants
  // are that far apart. When each process kept its own limit, posts went out with no reservation
  // at all. A post woken too late for its instant takes a new one (channel-rate-limiter.test.ts,
  // with an injected clock); here only what a loaded machine cannot change is asserted.
  checkSharedTurns(lines, 350);
  const delivered = [a!, b!].flatMap(
    (r) => (JSON.parse(r.stdout) as { outcomes: Array<{ scheduleId: number; status: string; slot: string }> }).outcomes,
  );
  expect(delivered.every((o) => o.status === 'delivered' && o.slot === at)).toBe(true);
  expect(new Set(delivered.map((o) => o.scheduleId)).size).toBe(24);

  const check = openAsyncSqliteStore({ path: dbPath });
  const claims = await Promise.all((await check.schedules.list()).map((s) => check.schedules.getClaim(s.id, at)));
  expect(claims.every((c) => c?.state === 'delivered' && c.attempts === 1)).toBe(true);
  await check.close();

  // Running the same moment again posts nothing more.
  const [again] = await tickTogether(dbPath, join(dir, 'again.log'), at, 1);
  expect(JSON.parse(again!.stdout).outcomes).toEqual([]);
  expect(readFileSync(join(dir, 'again.log'), { encoding: 'utf8', flag: 'a+' })).toBe('');
});
