import { PassThrough } from 'node:stream';
import cron from 'node-cron';
import { afterEach, expect, test, vi } from 'vitest';
import { createLogger, silentLogger } from '../../src/logging/create-logger';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { startScheduler } from '../../src/scheduler/start-scheduler';
import { createStoreRunCoordinator } from '../../src/scheduler/store-run-coordinator';
import { makeTestApp, type TestApp } from '../support/make-test-app';
import { fakeClock, fakePoster, schedulerDeps } from './scheduler-fixture';

let t: TestApp | undefined;
afterEach(() => {
  vi.useRealTimers();
  t?.close();
});

test('node-cron runs each schedule in its zone, elected through the store claim', async () => {
  // Fake timers drive node-cron's own setTimeout and Date: nothing waits for real minutes.
  vi.useFakeTimers({
    now: new Date('2026-03-29T07:58:00Z'),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  t = await makeTestApp();
  const slack = fakePoster('slack');
  const postedAt: string[] = [];
  const recording = {
    ...slack.poster,
    post: async (channelId: string, reply: Parameters<typeof slack.poster.post>[1]) => {
      postedAt.push(new Date().toISOString());
      return slack.poster.post(channelId, reply);
    },
  };
  const created = '2026-03-28T12:00:00.000Z';
  const london = await t.store.schedules.create({
    channelId: 'slack:C1',
    kind: 'digest',
    time: '09:00',
    timezone: 'Europe/London',
    createdAt: created,
  });
  const ny = await t.store.schedules.create({
    channelId: 'slack:C2',
    kind: 'digest',
    time: '09:00',
    timezone: 'America/New_York',
    createdAt: created,
  });
  const scheduler = startScheduler({
    store: t.store,
    app: t.app,
    posters: [recording],
    logger: silentLogger(),
    catchupHours: 6,
    defaultZone: 'UTC',
  });
  await scheduler.ready;
  expect([...cron.getTasks().values()].map((task) => task.name)).toEqual(
    expect.arrayContaining([`newsbrief-schedule-${london.id}`, `newsbrief-schedule-${ny.id}`, 'newsbrief-sweep']),
  );

  await vi.advanceTimersByTimeAsync(3 * 60_000);
  // 09:00 BST on the first day of summer time, posted by its own job on the second.
  expect(postedAt).toEqual(['2026-03-29T08:00:00.000Z']);
  expect(await t.store.schedules.getClaim(london.id, '2026-03-29T08:00:00.000Z')).toMatchObject({
    state: 'delivered',
    late: false,
  });

  await vi.advanceTimersByTimeAsync(5 * 3_600_000); // past 09:00 EDT (13:00Z)
  expect(postedAt).toEqual(['2026-03-29T08:00:00.000Z', '2026-03-29T13:00:00.000Z']);
  await scheduler.stop();
  expect([...cron.getTasks().values()].filter((task) => task.name?.startsWith('newsbrief-'))).toEqual([]);
});

test('on start, a slot missed while down is caught up once, late', async () => {
  const clock = fakeClock('2026-03-29T10:00:00Z');
  t = await makeTestApp({ now: clock.now });
  const slack = fakePoster('slack');
  await t.store.schedules.create({
    channelId: 'slack:C1',
    kind: 'digest',
    time: '09:00',
    timezone: 'Europe/London',
    createdAt: '2026-03-28T12:00:00.000Z',
  });
  for (let i = 0; i < 2; i++) {
    // Two restarts in a row: the second finds the slot already delivered.
    const scheduler = startScheduler({
      store: t.store,
      app: t.app,
      posters: [slack.poster],
      logger: silentLogger(),
      now: clock.now,
      catchupHours: 6,
      defaultZone: 'UTC',
    });
    await scheduler.ready;
    await scheduler.stop();
  }
  expect(slack.posts).toHaveLength(1);
  expect(slack.posts[0]!.text).toContain('(Posted late: due at Sun 29 Mar, 09:00 BST while newsbrief was offline.)');
});

test('a slot missed while down says so even when the start-up catch-up fails and a later sweep posts it', async () => {
  const clock = fakeClock('2026-03-29T10:00:00Z');
  t = await makeTestApp({ now: clock.now });
  const slack = fakePoster('slack');
  await t.store.schedules.create({
    channelId: 'slack:C1',
    kind: 'digest',
    time: '09:00',
    timezone: 'Europe/London',
    createdAt: '2026-03-28T12:00:00.000Z',
  });
  // The platform is down at start: the catch-up's three attempts fail.
  slack.failNext(new Error('service_unavailable'), new Error('service_unavailable'), new Error('service_unavailable'));
  const scheduler = startScheduler({
    store: t.store,
    app: t.app,
    posters: [slack.poster],
    logger: silentLogger(),
    now: clock.now,
    catchupHours: 6,
    defaultZone: 'UTC',
    // Its clock stands still: no real waits between the attempts.
    policy: { backoffMs: 1 },
    channelIntervalMs: 0,
  });
  await scheduler.ready;
  await scheduler.stop();
  expect(slack.posts).toHaveLength(0);
  // The once-a-minute sweep of the next process run (or this one) posts it after the retry wait.
  clock.advance(11 * 60_000);
  const outcomes = await runDueSlots(schedulerDeps(t.app, t.store, clock, [slack.poster]), {
    at: clock.now().getTime(),
    catchupHours: 6,
    graceMs: 90_000,
  });
  expect(outcomes.map((o) => o.status)).toEqual(['delivered']);
  expect(slack.posts[0]!.text).toContain('(Posted late: due at Sun 29 Mar, 09:00 BST while newsbrief was offline.)');
});

test('the coordinator elects exactly one of two processes per slot', async () => {
  const clock = fakeClock('2026-03-29T08:00:00Z');
  t = await makeTestApp({ now: clock.now });
  const schedule = await t.store.schedules.create({
    channelId: 'slack:C1',
    kind: 'digest',
    time: '09:00',
    timezone: 'Europe/London',
    createdAt: '2026-03-28T12:00:00.000Z',
  });
  const slack = [fakePoster('slack').poster];
  const a = createStoreRunCoordinator(schedulerDeps(t.app, t.store, clock, slack, 'process-a'));
  const b = createStoreRunCoordinator(schedulerDeps(t.app, t.store, clock, slack, 'process-b'));
  const key = `newsbrief-schedule-${schedule.id}:2026-03-29T08:00:00.000Z`;
  // A process without a Slack poster leaves the slot to one that has it.
  const discordOnly = createStoreRunCoordinator(
    schedulerDeps(t.app, t.store, clock, [fakePoster('discord').poster], 'c'),
  );
  expect(await discordOnly.shouldRun(key, 300_000)).toBe(false);
  expect([await b.shouldRun(key, 300_000), await a.shouldRun(key, 300_000)]).toEqual([true, false]);
  expect((await b.takeClaim(schedule.id, new Date('2026-03-29T08:00:00Z')))?.claim.owner).toBe('process-b');
  expect(await a.takeClaim(schedule.id, new Date('2026-03-29T08:00:00Z'))).toBeUndefined();
  // Unknown keys and fires before the slot are refused.
  expect(await a.shouldRun('something-else:2026-03-29T08:00:00.000Z', 1000)).toBe(false);
  expect(await a.shouldRun(`newsbrief-schedule-${schedule.id}:2026-03-30T08:00:00.000Z`, 1000)).toBe(false);
});

test('stop() waits for a post its cron job has in flight, so the store is not closed under it', async () => {
  vi.useFakeTimers({
    now: new Date('2026-03-29T07:59:00Z'),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  t = await makeTestApp();
  const slack = fakePoster('slack');
  let started = false;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const slow = {
    ...slack.poster,
    post: async (channelId: string, reply: Parameters<typeof slack.poster.post>[1]) => {
      started = true;
      await gate;
      return slack.poster.post(channelId, reply);
    },
  };
  const schedule = await t.store.schedules.create({
    channelId: 'slack:C1',
    kind: 'digest',
    time: '09:00',
    timezone: 'Europe/London',
    createdAt: '2026-03-28T12:00:00.000Z',
  });
  const scheduler = startScheduler({
    store: t.store,
    app: t.app,
    posters: [slow],
    logger: silentLogger(),
    catchupHours: 6,
    defaultZone: 'UTC',
  });
  await scheduler.ready;
  await vi.advanceTimersByTimeAsync(65_000); // the 08:00Z job fires and starts posting
  expect(started).toBe(true);

  let stopped = false;
  const stopping = scheduler.stop().then(() => {
    stopped = true;
  });
  await vi.advanceTimersByTimeAsync(1_000);
  expect(stopped).toBe(false);
  release();
  await stopping;
  expect(await t.store.schedules.getClaim(schedule.id, '2026-03-29T08:00:00.000Z')).toMatchObject({
    state: 'delivered',
  });
});

test('start-up catch-up says what it did, or that it failed and the sweep will try again', async () => {
  vi.useFakeTimers({ now: new Date('2026-03-02T09:30:00Z'), toFake: ['Date'] });
  t = await makeTestApp();
  await t.store.schedules.create({
    channelId: 'slack:C1',
    kind: 'digest',
    time: '09:00',
    timezone: 'UTC',
    createdAt: '2026-03-01T12:00:00.000Z',
  });
  const lines: Array<{ msg: string; slots?: Record<string, number> }> = [];
  const destination = new PassThrough();
  destination.on('data', (chunk) =>
    lines.push(
      ...String(chunk)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ),
  );
  const run = async (store: Parameters<typeof startScheduler>[0]['store']) => {
    const scheduler = startScheduler({
      store,
      app: t!.app,
      posters: [fakePoster('slack').poster],
      logger: createLogger({ level: 'info', destination }),
      catchupHours: 6,
      defaultZone: 'UTC',
    });
    await scheduler.ready;
    await scheduler.stop();
    await new Promise((resolve) => setImmediate(resolve));
  };
  await run(t.store);
  expect(lines.find((l) => l.msg === 'scheduler caught up')?.slots).toEqual({ delivered: 1 });

  lines.length = 0;
  const broken = {
    ...t.store,
    schedules: { ...t.store.schedules, list: () => Promise.reject(new Error('database went away')) },
  };
  await run(broken);
  expect(lines.map((l) => l.msg)).toContain('scheduler catch-up failed; the once-a-minute sweep tries again');
  expect(lines.map((l) => l.msg)).not.toContain('scheduler caught up');
});
