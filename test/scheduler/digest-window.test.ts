import { afterEach, expect, it } from 'vitest';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { flynnSchedulerSetup } from './scheduler-fixture';

let close: (() => unknown) | undefined;
afterEach(() => close?.());

it('a digest lists what came since its previous slot: 25 hours on the autumn clock change, no hour in neither', async () => {
  const s = await flynnSchedulerSetup('2026-10-20T00:00:00Z');
  close = () => s.test.close();
  await s.store.schedules.create({ channelId: 'slack:C1', kind: 'digest', time: '09:00', timezone: 'Europe/London' });
  const story = async (at: string, title: string) => {
    s.clock.set(at);
    await s.store.articles.add({ source: title, title, text: `${title}\n\nThe harbour board met on ${at}.` });
  };
  const post = async (at: string) => {
    s.clock.set(at);
    await runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs: 0 });
    return s.slack.posts.at(-1)!.text;
  };
  await story('2026-10-24T07:30:00Z', 'Ferry timetable changes before Saturday');
  // Saturday 09:00 BST is 08:00 UTC; Sunday 09:00 GMT is 09:00 UTC, 25 hours later.
  expect(await post('2026-10-24T08:00:30Z')).toContain('Ferry timetable changes before Saturday');
  await story('2026-10-24T08:30:00Z', 'Harbour board meets after Saturday digest');
  const sunday = await post('2026-10-25T09:00:30Z');
  expect(sunday).toContain('Added in the last 25 hours');
  expect(sunday).toContain('Harbour board meets after Saturday digest');
  expect(sunday).not.toContain('Ferry timetable changes before Saturday');
});
