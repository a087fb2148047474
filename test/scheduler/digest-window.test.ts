import { afterEach, expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { ctxFor, flynnSchedulerSetup } from './scheduler-fixture';

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

it.each([
  // 01:30 falls in London's skipped hour on 29 Mar: that day's slot is 02:00 BST, 23.5 h after Saturday's.
  ['Europe/London', '01:30', '2026-03-28T01:30:30Z', '2026-03-29T01:00:30Z', 'Sat 28 Mar, 01:30 GMT'],
  // Lord Howe Island moves its clocks by half an hour (4 Oct 2026).
  ['Australia/Lord_Howe', '09:00', '2026-10-02T22:30:30Z', '2026-10-03T22:00:30Z', 'Sat 3 Oct, 09:00'],
])(
  'a %s digest at %s whose day is 23.5 hours long is headed by when its window starts, not “24 hours”',
  async (zone, time, first, second, start) => {
    const s = await flynnSchedulerSetup('2026-03-20T00:00:00Z');
    close = () => s.test.close();
    await s.store.schedules.create({ channelId: 'slack:C1', kind: 'digest', time, timezone: zone });
    for (const at of [first, second]) {
      s.clock.set(at);
      await runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs: 0 });
    }
    const post = s.slack.posts.at(-1)!.text;
    expect(s.slack.posts).toHaveLength(2);
    expect(post).toContain(`Added since ${start}`);
    expect(post).not.toMatch(/Added in the last \d+ hours/);
  },
);

it('a digest back on after weeks off lists the last 7 days and counts what came before them since its last post', async () => {
  const s = await flynnSchedulerSetup('2026-03-01T06:00:00Z');
  close = () => s.test.close();
  const ctx = ctxFor(s.app);
  await runBriefCommand('digest 09:00 UTC', ctx);
  s.clock.set('2026-03-01T09:00:30Z');
  await runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs: 0 });
  // The bot was removed from the channel; its schedules stopped until it was asked back.
  await s.store.schedules.disableChannel('slack:C1', 'channel gone: not_in_channel');
  const stories = [
    ['2026-03-02T10:00:00Z', 'Harbour board delays ferry contract'],
    ['2026-03-06T10:00:00Z', 'Council reopens ferry tender'],
    ['2026-03-12T10:00:00Z', 'Ferry operator names new chief'],
    ['2026-03-15T10:00:00Z', 'Brightwater Marine wins ferry contract'],
    ['2026-03-19T10:00:00Z', 'First new ferry due in June'],
  ];
  for (const [at, title] of stories) {
    s.clock.set(at!);
    await s.store.articles.add({ source: title!, title: title!, text: `${title}\n\nThe harbour board met on ${at}.` });
  }
  s.clock.set('2026-03-20T08:00:00Z');
  await runBriefCommand('digest 09:00 UTC', ctx);
  s.clock.set('2026-03-20T09:00:30Z');
  // The older stories are counted in the store, not loaded: every row read is from the last 7 days.
  const articles = s.store.articles;
  const ingestedSince = articles.ingestedSince.bind(articles);
  const loaded: string[] = [];
  articles.ingestedSince = async (iso) => {
    const hits = await ingestedSince(iso);
    loaded.push(...hits.map((h) => h.title));
    return hits;
  };
  expect(
    (await runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs: 0 })).map((o) => o.status),
  ).toEqual(['delivered']);
  expect(loaded).toEqual(['Brightwater Marine wins ferry contract', 'First new ferry due in June']);
  const post = s.slack.posts.at(-1)!.text;
  expect(post).toContain('Added in the last 7 days (the last digest was Sun 1 Mar, 09:00 UTC)');
  expect(post).toContain('Brightwater Marine wins ferry contract');
  expect(post).toContain('First new ferry due in June');
  expect(post).not.toContain('Ferry operator names new chief');
  expect(post).toContain('…and 3 more from before these 7 days, since the last digest (older stories: /brief list 2)');
});
