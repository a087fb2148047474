import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { passDatabaseTime } from '../support/pass-database-time';
import { useTestDatabase } from '../support/shared-postgres';
import { useCleanups } from '../support/use-cleanups';

const testDatabase = useTestDatabase();
const cleanup = useCleanups();

const SLOT = '2026-03-02T09:00:00.000Z';

/** A scheduler replica (scheduler-process.ts) whose clock starts at `clock`; resolves once it printed "ready". */
function replica(args: string[]): { child: ChildProcess; ready: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'scheduler-process.ts'), ...args],
    {
      cwd: join(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('ready')) resolve();
    });
    child.once('exit', (code) => (out.includes('ready') ? resolve() : reject(new Error(`exited ${code}: ${err}`))));
  });
  // The killed holder never gets ready; only a caller that awaits `ready` hears of it.
  ready.catch(() => undefined);
  return { child, ready, exited };
}

it('kill -9 of the replica holding a slot claim: another replica posts that slot after the lease, once', async () => {
  const database = testDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-kill-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const posts = join(dir, 'posts.log');
  writeFileSync(posts, '');
  const schema = database.freshSchema();
  const store = await openPostgresStore({ url: database.url, schema, poolSize: 2 });
  cleanup.push(() => store.close());
  const schedule = await store.schedules.create({
    channelId: 'slack:CKILL',
    kind: 'digest',
    time: '09:00',
    timezone: 'UTC',
    createdAt: '2026-03-01T12:00:00.000Z',
  });
  const args = (clock: string, mode: string) => [database.url, schema, clock, posts, mode];
  const lines = () => readFileSync(posts, 'utf8').trim().split('\n').filter(Boolean);

  // A takes the 09:00 slot at 09:00:30 and hangs in the post; it is killed without a chance to clean up.
  const holder = replica(args('2026-03-02T09:00:30Z', 'hang'));
  for (let i = 0; i < 600 && lines().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(lines()).toEqual([expect.stringMatching(/^hanging \d+ slack:CKILL$/)]);
  holder.child.kill('SIGKILL');
  await holder.exited;
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'claimed', attempts: 1 });

  // Inside the 5-minute lease another replica leaves the slot alone, even one whose clock runs
  // 10 minutes ahead: leases follow the database's clock.
  for (const clock of ['2026-03-02T09:03:00Z', '2026-03-02T09:10:30Z']) {
    const early = replica(args(clock, 'post'));
    await early.ready;
    expect(await early.exited).toBe(0);
    expect(lines()).toHaveLength(1);
  }

  // After the lease (on the database's clock), two replicas starting together: one of them posts the slot, once.
  await passDatabaseTime(database.url, schema, 6 * 60_000);
  const late = [replica(args('2026-03-02T09:06:00Z', 'post')), replica(args('2026-03-02T09:06:00Z', 'post'))];
  expect(await Promise.all(late.map((r) => r.exited))).toEqual([0, 0]);
  const delivered = lines().slice(1);
  expect(delivered).toEqual([expect.stringMatching(/^\d+ slack:CKILL$/)]);
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'delivered', attempts: 2 });
}, 120_000);
