import { afterEach, expect, test } from 'vitest';
import { runSchedulesCommand } from '../../src/cli/schedules-command';
import { runTickCommand } from '../../src/cli/tick-command';
import { silentLogger } from '../../src/logging/create-logger';
import { formatSlot } from '../../src/schedule/format-slot';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { captureIo } from '../support/capture-io';
import { followInChannel } from '../support/discord-scheduler-fixture';
import type { TestApp } from '../support/make-test-app';
import { fakePoster, flynnSchedulerSetup, schedulerDeps } from './scheduler-fixture';

const SLOT = '2017-04-01T08:00:00.000Z';
let t: TestApp | undefined;
afterEach(() => t?.close());

test('tick with only Slack configured leaves a Discord slot due and says so, instead of printing it', async () => {
  const { test: app, clock, store, articleId, slack } = await flynnSchedulerSetup('2017-04-01T08:00:30Z');
  t = app;
  const follow = (channelId: string) => followInChannel(store, articleId, channelId);
  const onSlack = await follow('slack:C1');
  const onDiscord = await follow('discord:1090000000000000004');
  const onConsole = await follow('console:terminal');

  const io = captureIo({});
  const code = await runTickCommand(['--at', '2017-04-01T08:00:30Z'], {
    app: app.app,
    schedules: store.schedules,
    posters: [slack.poster],
    logger: silentLogger(),
    stdout: io.stdout,
    stderr: io.stderr,
    now: clock.now,
    sleep: clock.sleep,
  });
  expect(code).toBe(0);
  expect(slack.posts.map((p) => p.channelId)).toEqual(['slack:C1']);
  // The console fallback is for console channels only.
  expect(io.out()).toContain('[scheduled post to console:terminal]');
  expect(io.out()).not.toContain('[scheduled post to discord:');
  expect(io.out()).toContain(
    `s${onDiscord.id} follow discord:1090000000000000004 slot ${SLOT}: not-configured: discord is not configured here; the slot stays due`,
  );
  expect(await store.schedules.getClaim(onDiscord.id, SLOT)).toBeUndefined();
  expect((await store.schedules.getClaim(onSlack.id, SLOT))?.state).toBe('delivered');
  expect((await store.schedules.getClaim(onConsole.id, SLOT))?.state).toBe('delivered');

  const list = captureIo({});
  await runSchedulesCommand([], { schedules: store.schedules, stdout: list.stdout, now: clock.now });
  const lines = list.out().split('\n');
  expect(lines.find((l) => l.startsWith(`s${onDiscord.id} `))).toContain(
    `due ${formatSlot(Date.parse(SLOT), 'Europe/London')} and not posted yet`,
  );
  expect(lines.find((l) => l.startsWith(`s${onSlack.id} `))).not.toContain('not posted yet');

  // A process that has Discord posts it.
  const discord = fakePoster('discord');
  clock.advance(60_000);
  const outcomes = await runDueSlots(schedulerDeps(app.app, store, clock, [discord.poster]), {
    at: clock.now().getTime(),
    catchupHours: 6,
  });
  expect(outcomes.filter((o) => o.status === 'delivered').map((o) => o.channelId)).toEqual([
    'discord:1090000000000000004',
  ]);
  expect((await store.schedules.getClaim(onDiscord.id, SLOT))?.state).toBe('delivered');
});

test('a database failure under one slot leaves it due and does not stop the other slots of the sweep', async () => {
  const { test: app, clock, store, articleId, slack } = await flynnSchedulerSetup('2017-04-01T08:00:30Z');
  t = app;
  const follow = (channelId: string) => followInChannel(store, articleId, channelId);
  const broken = await follow('slack:C1');
  const fine = await follow('slack:C2');
  const deps = schedulerDeps(app.app, store, clock, [slack.poster]);
  // The store as an outage past its retries looks for one schedule: the claim itself rejects.
  const schedules = {
    ...store.schedules,
    claimSlot: (input: Parameters<typeof store.schedules.claimSlot>[0]) =>
      input.scheduleId === broken.id
        ? Promise.reject(new Error('Connection terminated unexpectedly'))
        : store.schedules.claimSlot(input),
  };
  const outcomes = await runDueSlots(
    { ...deps, schedules },
    { at: Date.parse('2017-04-01T08:00:30Z'), catchupHours: 6 },
  );
  expect(outcomes.map((o) => [o.scheduleId, o.status])).toEqual([[fine.id, 'delivered']]);
  expect(slack.posts.map((p) => p.channelId)).toEqual(['slack:C2']);
  expect(await store.schedules.getClaim(broken.id, SLOT)).toBeUndefined();
});
