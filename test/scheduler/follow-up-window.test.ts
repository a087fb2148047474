import { afterEach, expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { followUpWindow } from '../../src/schedule/follow-up-window';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { ctxFor, flynnSchedulerSetup } from './scheduler-fixture';

let close: (() => unknown) | undefined;
afterEach(() => close?.());

it('a follow-up weighs at most the 7 days before its slot, at its own time; a recent last post is kept', () => {
  const time = { hour: 9, minute: 0, zone: 'Europe/London' };
  // Back after weeks off: the window starts 7 local days before, at 09:00 (GMT before the clocks go forward).
  expect(followUpWindow({ since: '2026-03-01T09:00:00.000Z', slot: Date.parse('2026-04-01T08:00:00Z'), time })).toEqual(
    { since: '2026-03-25T09:00:00.000Z', countedFrom: '2026-03-01T09:00:00.000Z' },
  );
  // Controls: yesterday's post, and one exactly a week before, are the window as they were.
  for (const since of ['2026-03-31T08:00:00.000Z', '2026-03-25T09:00:00.000Z'])
    expect(followUpWindow({ since, slot: Date.parse('2026-04-01T08:00:00Z'), time })).toEqual({ since });
});

it('a follow-up back after weeks off lists only the last 7 days and counts the stories before them', async () => {
  const s = await flynnSchedulerSetup('2026-03-01T06:00:00Z');
  close = () => s.test.close();
  const ctx = ctxFor(s.app);
  await runBriefCommand('follow #1 09:00 UTC', ctx);
  s.clock.set('2026-03-01T09:00:30Z');
  await runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs: 0 });
  await s.store.schedules.disableChannel('slack:C1', 'channel gone: not_in_channel');
  const text = (title: string) =>
    `${title}\n\nMichael Flynn, the former national security adviser, asked the Senate intelligence committee for immunity in exchange for testimony, and the committee rejected the request, officials said.`;
  for (const [at, title] of [
    ['2026-03-03T10:00:00Z', 'Flynn immunity request rejected by Senate panel'],
    ['2026-03-05T10:00:00Z', 'Senate panel weighs Flynn testimony'],
    ['2026-03-18T10:00:00Z', 'Flynn lawyers renew immunity request'],
  ]) {
    s.clock.set(at!);
    await s.app.ingest({ source: title!, title: title!, text: text(title!) });
  }
  s.clock.set('2026-03-20T08:00:00Z');
  await runBriefCommand('follow #1 09:00 UTC', ctx);
  s.clock.set('2026-03-20T09:00:30Z');
  await runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs: 0 });
  const post = s.slack.posts.at(-1)!.text;
  expect(post).toContain('Flynn lawyers renew immunity request');
  expect(post).not.toContain('Senate panel weighs Flynn testimony');
  expect(post).toContain(
    'Only these 7 days were looked at: 2 stories on any subject stored before them since the last post were not (older stories: ',
  );
}, 60_000);
