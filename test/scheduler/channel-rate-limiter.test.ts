import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createChannelRateLimiter } from '../../src/scheduler/channel-rate-limiter';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { fakeClock } from './scheduler-fixture';
import { virtualClock } from './virtual-clock';

test('posts to one channel go out at least the interval apart; other channels do not wait', async () => {
  const clock = fakeClock('2026-01-01T00:00:00Z');
  const limiter = createChannelRateLimiter({ intervalMs: 1_000, now: () => clock.now().getTime(), sleep: clock.sleep });
  const sent: Array<[string, number]> = [];
  const send = (channel: string) =>
    limiter.run(channel, async (markSent) => {
      // Without shared slots marking is immediate; not awaiting keeps the fake clock's reading exact.
      void markSent();
      sent.push([channel, clock.now().getTime() - Date.parse('2026-01-01T00:00:00Z')]);
    });
  await Promise.all([send('a'), send('a'), send('b'), send('a'), send('b')]);
  const times = (c: string) => sent.filter(([ch]) => ch === c).map(([, t]) => t);
  const gaps = (ts: number[]) => ts.slice(1).map((t, i) => t - ts[i]!);
  expect(times('a')).toHaveLength(3);
  expect(gaps(times('a')).every((g) => g >= 1_000)).toBe(true);
  expect(gaps(times('b')).every((g) => g >= 1_000)).toBe(true);
  // b's first post did not queue behind a's.
  expect(times('b')[0]).toBeLessThan(times('a')[2]!);
});

test('two processes (two stores on one SQLite file) posting to one channel stay the interval apart', async () => {
  await withTwoStores(async (stores) => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    const clock = virtualClock(start);
    const reserved: Array<{ channel: string; at: number }> = [];
    const limiters = stores.map((store) =>
      createChannelRateLimiter({
        intervalMs: 1_000,
        now: clock.now,
        sleep: clock.sleeper(),
        slots: {
          async reserve(channelId, now, intervalMs) {
            const instant = await store.postSlots.reserve(channelId, now, intervalMs);
            reserved.push({ channel: channelId, at: Date.parse(instant) - start });
            return instant;
          },
        },
      }),
    );
    const sent: Array<{ process: number; channel: string; at: number }> = [];
    const send = (process: number, channel = 'slack:C1') =>
      limiters[process]!.run(channel, async (markSent) => {
        await markSent();
        sent.push({ process, channel, at: clock.now() - start });
      });
    // Each process alone would post its first at once; together they take turns through the store.
    await clock.run(Promise.all([send(0), send(1), send(1), send(0), send(1, 'slack:C2')]));
    const sorted = (list: Array<{ channel: string; at: number }>, channel: string) =>
      list
        .filter((s) => s.channel === channel)
        .map((s) => s.at)
        .sort((a, b) => a - b);
    const instants = sorted(reserved, 'slack:C1');
    const posts = sorted(sent, 'slack:C1');
    expect(instants).toHaveLength(4);
    // The shared instants are the interval apart, and no post went out before its instant.
    expect(instants.slice(1).every((t, i) => t - instants[i]! >= 1_000)).toBe(true);
    expect(posts.every((t, i) => t >= instants[i]!)).toBe(true);
    expect(new Set(sent.filter((s) => s.channel === 'slack:C1').map((s) => s.process))).toEqual(new Set([0, 1]));
    // Another channel does not queue behind this one's posts.
    expect(sorted(reserved, 'slack:C2')[0]).toBeLessThan(instants[3]!);
  });
});

test('a process woken late for its shared instant takes a new one rather than post too close to the next', async () => {
  await withTwoStores(async (stores) => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    const clock = virtualClock(start);
    // Process 0's event loop is busy: its timers fire 400 ms late, beyond the 250 ms margin.
    const limiters = stores.map((store, n) =>
      createChannelRateLimiter({
        intervalMs: 1_000,
        now: clock.now,
        sleep: clock.sleeper(n === 0 ? 400 : 0),
        slots: store.postSlots,
      }),
    );
    const sent: Array<{ process: number; at: number }> = [];
    const send = (process: number) =>
      limiters[process]!.run('slack:C1', async (markSent) => {
        await markSent();
        sent.push({ process, at: clock.now() - start });
      });
    await clock.run(Promise.all([send(0), send(1), send(0), send(1), send(0), send(1)]));
    const posts = sent.map((s) => s.at).sort((a, b) => a - b);
    expect(posts).toHaveLength(6);
    expect(new Set(sent.map((s) => s.process))).toEqual(new Set([0, 1]));
    const gaps = posts.slice(1).map((t, i) => t - posts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
  });
});

/** Two stores on one SQLite file: what two processes sharing the database see. */
async function withTwoStores(work: (stores: AsyncStore[]) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-rate-'));
  const path = join(dir, 'newsbrief.db');
  const stores = [openAsyncSqliteStore({ path }), openAsyncSqliteStore({ path })];
  try {
    await work(stores);
  } finally {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
