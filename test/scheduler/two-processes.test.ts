import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-two-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tick(
  dbPath: string,
  postsFile: string,
  at: string,
  twins: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'tick-process.ts'), dbPath, postsFile, at, String(twins)],
      {
        cwd: join(import.meta.dirname, '../..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('two real processes ticking the same slot on one SQLite file post each slot exactly once', async () => {
  const dbPath = join(dir, 'shared.db');
  const postsFile = join(dir, 'posts.log');
  writeFileSync(postsFile, '');
  const store = openAsyncSqliteStore({ path: dbPath });
  const channels = ['slack:C1', 'slack:C2', 'slack:C3', 'slack:C4'];
  for (let i = 0; i < 24; i++) {
    await store.schedules.create({
      channelId: channels[i % 4]!,
      kind: 'digest',
      time: '09:00',
      timezone: 'Europe/London',
      createdAt: '2026-03-29T06:00:00.000Z',
    });
  }
  await store.close();

  const at = '2026-03-29T08:00:00.000Z'; // 09:00 BST
  const [a, b] = await Promise.all([tick(dbPath, postsFile, at, 2), tick(dbPath, postsFile, at, 2)]);
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);

  const lines = readFileSync(postsFile, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(24);
  // The one-post-per-interval limit (400 ms here) is shared through the store, not per process:
  // whichever process posted, two posts to one channel are never together. A correct limiter
  // leaves at least the interval between them; half of it is slack for a process descheduled
  // between its turn and its post on a loaded machine, still far above the 0 ms seen when each
  // process kept its own limit. Which process wins which slot is a race, so the test does not
  // insist that both posted to every channel.
  for (const channel of channels) {
    const posts = lines.map((l) => l.split(' ')).filter(([, c]) => c === channel);
    const times = posts.map(([, , t]) => Number(t)).sort((x, y) => x - y);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.min(...gaps), `${channel}: ${gaps.join(',')}`).toBeGreaterThanOrEqual(200);
  }
  const delivered = [a, b].flatMap(
    (r) => (JSON.parse(r.stdout) as { outcomes: Array<{ scheduleId: number; status: string; slot: string }> }).outcomes,
  );
  expect(delivered.every((o) => o.status === 'delivered' && o.slot === at)).toBe(true);
  expect(new Set(delivered.map((o) => o.scheduleId)).size).toBe(24);

  const check = openAsyncSqliteStore({ path: dbPath });
  const claims = await Promise.all((await check.schedules.list()).map((s) => check.schedules.getClaim(s.id, at)));
  expect(claims.every((c) => c?.state === 'delivered' && c.attempts === 1)).toBe(true);
  await check.close();

  // Running the same moment again posts nothing more.
  const again = await tick(dbPath, join(dir, 'again.log'), at, 1);
  expect(JSON.parse(again.stdout).outcomes).toEqual([]);
  expect(readFileSync(join(dir, 'again.log'), { encoding: 'utf8', flag: 'a+' })).toBe('');
});
