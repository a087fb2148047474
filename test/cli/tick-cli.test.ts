import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { BUILT_CLI } from '../support/build-cli';
import { FLYNN_SAMPLE, makeTestApp } from '../support/make-test-app';

const BIN = BUILT_CLI;
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-tick-cli-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function newsbrief(args: string[], db: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, NEWSBRIEF_DB: db },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

it('two `newsbrief tick --at` processes started together post a follow-up slot once, to the console', async () => {
  const db = join(dir, 'newsbrief.db');
  // The schedules are made on an injected clock an hour before the slot, so the test holds on any date.
  const at = '2025-03-04T09:00:00Z'; // 09:00 GMT
  const madeAt = new Date(Date.parse(at) - 3_600_000);
  const t = await makeTestApp({ articles: [FLYNN_SAMPLE], dbPath: db, now: () => madeAt });
  const ctx = { platform: 'console' as const, channelId: 'console:terminal', userId: 'console:me', app: t.app };
  await runBriefCommand('follow flynn 09:00 UTC', ctx);
  await runBriefCommand('digest 09:00 UTC', ctx);
  t.close();

  const runs = await Promise.all([
    newsbrief(['tick', '--at', at, '--json'], db),
    newsbrief(['tick', '--at', at, '--json'], db),
  ]);
  for (const run of runs) expect(run.code, run.err).toBe(0);
  const outcomes = runs.flatMap(
    (r) => (JSON.parse(r.out) as { outcomes: Array<{ status: string; kind: string }> }).outcomes,
  );
  expect(outcomes.map((o) => `${o.kind}:${o.status}`).sort()).toEqual(['digest:delivered', 'follow:delivered']);
  // With no platform token the post goes to the console (stderr, so stdout stays JSON).
  const printed = runs.map((r) => r.err).join('');
  expect(printed.match(/\[scheduled post to console:terminal\]/g)).toHaveLength(2);
  expect(printed).toMatch(/Flynn/);

  const listed = await newsbrief(['schedules', '--json'], db);
  const schedules = JSON.parse(listed.out).schedules as Array<{
    kind: string;
    nextSlot: string;
    lastDelivered: { slot: string } | null;
  }>;
  expect(schedules.every((s) => s.lastDelivered?.slot === new Date(at).toISOString())).toBe(true);
  // "next" is a slot after the one just posted, never the same one.
  expect(schedules.every((s) => Date.parse(s.nextSlot) > Date.parse(at))).toBe(true);
});
