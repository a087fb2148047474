import { afterEach, expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { ctxFor, flynnSchedulerSetup } from './scheduler-fixture';

let close: (() => unknown) | undefined;
afterEach(() => close?.());

const para = (i: number) =>
  `Harbour ferry contract talks continued on day ${i}. The ferry contract with Brightwater Marine was debated. ` +
  `Councillor Jane Ellis said the ferry contract must be reviewed. "The ferry contract is too costly," she said. ` +
  `Ferry users asked whether the ferry contract would raise fares. The harbour board met the ferry operator.`;

/** 60 older stories that match `ferry contract` better than any new one, and a follow of those words at 09:00. */
async function followedFerry() {
  const s = await flynnSchedulerSetup('2026-03-01T06:00:00Z');
  close = () => s.test.close();
  for (let i = 0; i < 60; i++) {
    s.clock.set(new Date(Date.parse('2026-03-01T06:00:00Z') + i * 60_000).toISOString());
    const title = `Harbour ferry contract talks go on, day ${i}`;
    await s.store.articles.add({ source: `old${i}.txt`, title, text: `${title}\n\n${para(i)}` });
  }
  s.clock.set('2026-03-09T06:00:00Z');
  await runBriefCommand('follow ferry contract 09:00 UTC', ctxFor(s.app));
  return s;
}

const news = (title: string) =>
  `${title}\n\nThe harbour council approved the ferry contract with Brightwater Marine on Monday after months of talks. Councillor Jane Ellis said the vote ended the dispute over the harbour ferry. The contract runs for ten years, the council said.`;

it('a follow made by words lists a new story on it when 60 older stories match the words better', async () => {
  const s = await followedFerry();
  s.clock.set('2026-03-09T08:00:00Z');
  const title = 'Harbour council approves ferry contract with Brightwater Marine';
  await s.app.ingest({ source: 'new.txt', title, text: news(title) });
  s.clock.set('2026-03-09T09:01:00Z');
  await runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs: 0 });
  expect(s.slack.posts).toHaveLength(1);
  expect(s.slack.posts[0]!.text).toContain(title);
  expect(s.slack.posts[0]!.text).not.toContain('Nothing new stored about this story.');
}, 60_000);

it('a busy followed story lists its five newest new stories and counts the rest', async () => {
  const s = await followedFerry();
  const titles = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map(
    (day) => `Harbour ferry contract signed with Brightwater Marine, ${day} edition`,
  );
  for (const [i, title] of titles.entries()) {
    s.clock.set(new Date(Date.parse('2026-03-09T07:00:00Z') + i * 60_000).toISOString());
    await s.app.ingest({ source: `new${i}.txt`, title, text: `${news(title)} Edition ${i}.` });
  }
  s.clock.set('2026-03-09T09:01:00Z');
  await runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs: 0 });
  const since = s.slack.posts[0]!.reply.sections.find((section) => section.heading === 'Since the last post')!;
  expect(since.items.map((item) => item.text)).toEqual([
    ...titles.slice(2).reverse(),
    '…and 2 more on the story, added earlier',
  ]);
}, 60_000);
