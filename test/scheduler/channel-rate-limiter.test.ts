import { expect, test } from 'vitest';
import { createChannelRateLimiter } from '../../src/scheduler/channel-rate-limiter';
import { fakeClock } from './scheduler-fixture';

test('posts to one channel go out at least the interval apart; other channels do not wait', async () => {
  const clock = fakeClock('2026-01-01T00:00:00Z');
  const limiter = createChannelRateLimiter({ intervalMs: 1_000, now: () => clock.now().getTime(), sleep: clock.sleep });
  const sent: Array<[string, number]> = [];
  const send = (channel: string) =>
    limiter.run(channel, async (markSent) => {
      markSent();
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
