import { afterEach, expect, test } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import type { TestApp } from '../support/make-test-app';
import { ctxFor, flynnSchedulerSetup } from './scheduler-fixture';

let t: TestApp | undefined;
afterEach(() => t?.close());

test('a follow-up whose story was deleted says so once, then stops, and the channel list says why', async () => {
  const { test: app, clock, store, slack, deps, articleId } = await flynnSchedulerSetup('2017-03-31T15:00:00Z');
  t = app;
  await runBriefCommand('follow flynn 09:00 Europe/London', ctxFor(app.app));
  const [schedule] = await store.schedules.list();
  await store.articles.remove(articleId);

  clock.set('2017-04-01T08:00:00Z');
  expect(await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 })).toMatchObject([
    { status: 'delivered' },
  ]);
  expect(slack.posts).toHaveLength(1);
  expect(slack.posts[0]!.text).toContain(
    `The story followed by schedule s${schedule!.id} is no longer stored, so this follow-up stops here.`,
  );

  // The next day nothing more is posted: the schedule is off, and says why.
  clock.set('2017-04-02T08:00:00Z');
  expect(await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 })).toEqual([]);
  expect(slack.posts).toHaveLength(1);
  expect(await store.schedules.get(schedule!.id)).toMatchObject({
    enabled: false,
    disabledReason: 'its story was deleted',
  });
  const listed = await runBriefCommand('schedules', ctxFor(app.app));
  expect(listed.sections[0]!.items[0]!.note).toBe('disabled: its story was deleted');
});
