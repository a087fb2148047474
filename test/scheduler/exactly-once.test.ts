import { afterEach, describe, expect, test, vi } from 'vitest';
import { deliverClaimedSlot } from '../../src/scheduler/deliver-claimed-slot';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { makeTestApp, type TestApp } from '../support/make-test-app';
import { fakeClock, fakePoster, flynnSchedulerSetup, schedulerDeps } from './scheduler-fixture';

let t: TestApp | undefined;
afterEach(() => {
  vi.useRealTimers();
  return t?.close();
});

async function setup(startIso: string) {
  const { test, clock, store, articleId, slack, deps } = await flynnSchedulerSetup(startIso);
  t = test;
  const follow = await store.schedules.create({
    channelId: 'slack:C1',
    kind: 'follow',
    articleId,
    query: 'flynn',
    time: '09:00',
    timezone: 'Europe/London',
    createdAt: new Date(clock.now().getTime() - 3_600_000).toISOString(),
  });
  return { clock, store, slack, deps, follow };
}
const run = (deps: ReturnType<typeof schedulerDeps>, clock: ReturnType<typeof fakeClock>, catchupHours = 6) =>
  runDueSlots(deps, { at: clock.now().getTime(), catchupHours });

describe('catch-up after downtime', () => {
  test('a slot missed under the window is posted once, marked late', async () => {
    const { clock, store, slack, deps, follow } = await setup('2017-03-31T15:00:00Z');
    clock.set('2017-04-01T12:30:00Z'); // back 4.5 h after the 09:00 BST slot
    const outcomes = await run(deps, clock);
    expect(outcomes).toMatchObject([{ status: 'delivered', late: true, slot: '2017-04-01T08:00:00.000Z' }]);
    // The slot's own time; nobody tried it near then, so newsbrief was down, whichever run posts it.
    expect(slack.posts[0]!.text).toContain('(Posted late: due at Sat 1 Apr, 09:00 BST while newsbrief was offline.)');
    expect(await store.schedules.getClaim(follow.id, '2017-04-01T08:00:00.000Z')).toMatchObject({
      state: 'delivered',
      late: true,
    });
    clock.advance(60_000);
    expect(await run(deps, clock)).toEqual([]);
    expect(slack.posts).toHaveLength(1);
  });

  test('a slot older than the window is skipped, recorded and not posted', async () => {
    const { clock, store, slack, deps, follow } = await setup('2017-03-31T15:00:00Z');
    clock.set('2017-04-01T14:30:00Z'); // 6.5 h after the slot
    const outcomes = await run(deps, clock);
    expect(outcomes).toMatchObject([{ status: 'skipped', slot: '2017-04-01T08:00:00.000Z' }]);
    expect(slack.posts).toEqual([]);
    expect((await store.schedules.getClaim(follow.id, '2017-04-01T08:00:00.000Z'))?.state).toBe('skipped');
    // Logged once, not on every sweep.
    expect(await run(deps, clock)).toEqual([]);
  });
});

/** Another process's claim of the slot, taken directly through the store at the clock's now. */
function claimAs(
  owner: string,
  { clock, store, deps, follow }: Omit<Awaited<ReturnType<typeof setup>>, 'slack'>,
  slot: string,
) {
  return store.schedules.claimSlot({
    scheduleId: follow.id,
    slot,
    owner,
    now: clock.now().toISOString(),
    leaseMs: deps.policy.leaseMs,
    late: false,
    maxAttempts: 5,
  });
}

describe('claims', () => {
  test('a crash between claim and delivery: retried after the lease, not lost and not doubled', async () => {
    const { clock, store, slack, deps, follow } = await setup('2017-04-01T08:00:00Z');
    const slot = '2017-04-01T08:00:00.000Z';
    // Process A claims the slot, then dies before posting (it never calls deliver).
    const crashed = await claimAs('process-a', { clock, store, deps, follow }, slot);
    expect(crashed?.state).toBe('claimed');
    // Within the lease, process B leaves it alone: A might still be posting.
    clock.advance(60_000);
    expect(await run(deps, clock)).toEqual([]);
    expect(slack.posts).toHaveLength(0);
    // After the lease, B takes it over and posts it once.
    clock.advance(deps.policy.leaseMs);
    expect(await run(deps, clock)).toMatchObject([{ status: 'delivered', slot }]);
    expect(await store.schedules.getClaim(follow.id, slot)).toMatchObject({
      state: 'delivered',
      attempts: 2,
      owner: 'test-owner',
    });
    // A wakes up late and tries to finish: its claim is gone, so it must not post.
    const stale = await deliverClaimedSlot(follow, crashed!, { ...deps, owner: 'process-a' });
    expect(stale.status).toBe('lost');
    clock.advance(deps.policy.leaseMs * 2);
    expect(await run(deps, clock)).toEqual([]);
    expect(slack.posts).toHaveLength(1);
  });

  test('a post slower than the lease keeps its claim: no other process takes the slot while it is in flight', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { clock, store, slack, deps, follow } = await setup('2017-04-01T08:00:00Z');
    const slot = '2017-04-01T08:00:00.000Z';
    let finish: () => void = () => {};
    const slow = {
      ...slack.poster,
      post: async (...args: Parameters<typeof slack.poster.post>) => {
        await new Promise<void>((resolve) => (finish = resolve));
        return slack.poster.post(...args);
      },
    };
    const delivering = run({ ...deps, posters: [slow] }, clock);
    await vi.waitFor(() => expect(finish).not.toBe(undefined));
    for (let i = 0; i < 9; i++) {
      // The platform takes three leases' time; the heartbeat renews the claim meanwhile.
      clock.advance(deps.policy.leaseMs / 3);
      await vi.advanceTimersByTimeAsync(deps.policy.leaseMs / 3);
      const other = await claimAs('process-b', { clock, store, deps, follow }, slot);
      expect(other).toBeUndefined();
    }
    finish();
    expect(await delivering).toMatchObject([{ status: 'delivered', slot }]);
    expect(slack.posts).toHaveLength(1);
    vi.useRealTimers();
  });

  test('delivery failures are retried with backoff, recorded, and marked delivered only when accepted', async () => {
    const { clock, store, slack, deps, follow } = await setup('2017-04-01T08:00:00Z');
    const slot = '2017-04-01T08:00:00.000Z';
    slack.failNext(new Error('ratelimited'), new Error('ratelimited'), new Error('ratelimited'));
    const start = clock.now().getTime();
    expect(await run(deps, clock)).toMatchObject([{ status: 'failed' }]);
    // Backoff slept 1 s then 4 s between the three attempts (the fake clock advanced by sleeping).
    expect(clock.now().getTime() - start).toBeGreaterThanOrEqual(5_000);
    expect(await store.schedules.getClaim(follow.id, slot)).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: expect.stringContaining('ratelimited'),
    });
    expect(slack.posts).toHaveLength(0);
    // Not retried before retryLater; then retried and delivered.
    clock.advance(60_000);
    expect(await run(deps, clock)).toEqual([]);
    clock.advance(deps.policy.retryLaterMs);
    expect(await run(deps, clock)).toMatchObject([{ status: 'delivered', late: true }]);
    // Late because the platform refused it, not because newsbrief was down.
    expect(slack.posts[0]!.text).toContain('(Posted late: due at Sat 1 Apr, 09:00 BST.)');
    expect(slack.posts[0]!.text).not.toContain('offline');
    expect(await store.schedules.getClaim(follow.id, slot)).toMatchObject({
      state: 'delivered',
      attempts: 2,
      lastError: null,
    });
  });

  test('a channel the bot was removed from disables its schedules with a log line', async () => {
    const { clock, store, slack, deps, follow } = await setup('2017-04-01T08:00:00Z');
    const digest = await store.schedules.create({
      channelId: 'slack:C1',
      kind: 'digest',
      time: '10:00',
      timezone: 'Europe/London',
      createdAt: '2017-04-01T07:00:00Z',
    });
    const elsewhere = await store.schedules.create({
      channelId: 'slack:C2',
      kind: 'digest',
      time: '10:00',
      timezone: 'Europe/London',
      createdAt: '2017-04-01T07:00:00Z',
    });
    slack.failNext(slack.gone('slack:C1'));
    expect(await run(deps, clock)).toMatchObject([{ status: 'channel-gone', scheduleId: follow.id }]);
    expect(await store.schedules.get(follow.id)).toMatchObject({
      enabled: false,
      disabledReason: expect.stringContaining('channel gone'),
    });
    expect((await store.schedules.get(digest.id))?.enabled).toBe(false);
    expect((await store.schedules.get(elsewhere.id))?.enabled).toBe(true);
    clock.set('2017-04-02T09:00:00Z');
    const next = await run(deps, clock);
    // Only the other channel still posts (its 1 April slot is too old by now and is skipped).
    expect(next.filter((o) => o.status === 'delivered').map((o) => o.channelId)).toEqual(['slack:C2']);
    expect(next.some((o) => o.channelId === 'slack:C1')).toBe(false);
  });
});

describe('DST days, end to end through the claim', () => {
  test.each([
    [
      'Europe/London',
      '2026-03-27T00:00:00Z',
      ['2026-03-27T09:00', '2026-03-28T09:00', '2026-03-29T08:00', '2026-03-30T08:00'],
    ],
    [
      'America/New_York',
      '2026-03-06T00:00:00Z',
      ['2026-03-06T14:00', '2026-03-07T14:00', '2026-03-08T13:00', '2026-03-09T13:00'],
    ],
    [
      'Europe/London',
      '2026-10-23T00:00:00Z',
      ['2026-10-23T08:00', '2026-10-24T08:00', '2026-10-25T09:00', '2026-10-26T09:00'],
    ],
    [
      'America/New_York',
      '2026-10-30T00:00:00Z',
      ['2026-10-30T13:00', '2026-10-31T13:00', '2026-11-01T14:00', '2026-11-02T14:00'],
    ],
  ])('09:00 %s from %s posts at 09:00 local each day', async (zone, start, expected) => {
    const clock = fakeClock(start);
    t = await makeTestApp({ now: clock.now });
    const slack = fakePoster('slack');
    const deps = schedulerDeps(t.app, t.store, clock, [slack.poster]);
    await t.store.schedules.create({ channelId: 'slack:C1', kind: 'digest', time: '09:00', timezone: zone });
    const postedAt: string[] = [];
    for (let i = 0; i < 4 * 96; i++) {
      // every 15 minutes for four days
      const before = slack.posts.length;
      await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
      if (slack.posts.length > before) postedAt.push(clock.now().toISOString().slice(0, 16));
      clock.advance(15 * 60_000);
    }
    expect(postedAt).toEqual(expected);
  });

  test.each([
    ['Europe/London', '2026-10-24T12:00:00Z', ['2026-10-25T00:30', '2026-10-26T01:30']],
    ['America/New_York', '2026-10-31T12:00:00Z', ['2026-11-01T05:30', '2026-11-02T06:30']],
    ['Europe/London', '2026-03-28T12:00:00Z', ['2026-03-29T01:00', '2026-03-30T00:30']],
  ])('01:30 %s around a clock change posts once a day', async (zone, start, expected) => {
    const clock = fakeClock(start);
    t = await makeTestApp({ now: clock.now });
    const slack = fakePoster('slack');
    const deps = schedulerDeps(t.app, t.store, clock, [slack.poster]);
    await t.store.schedules.create({ channelId: 'slack:C1', kind: 'digest', time: '01:30', timezone: zone });
    const postedAt: string[] = [];
    for (let i = 0; i < 2 * 96; i++) {
      const before = slack.posts.length;
      await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
      if (slack.posts.length > before) postedAt.push(clock.now().toISOString().slice(0, 16));
      clock.advance(15 * 60_000);
    }
    expect(postedAt).toEqual(expected);
  });
});
