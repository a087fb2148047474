import { afterEach, expect, it } from 'vitest';
import { runBriefCommand } from '../../src/commands/index';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { ctxFor, flynnSchedulerSetup } from './scheduler-fixture';

let close: (() => unknown) | undefined;
afterEach(() => close?.());

const para = (i: number) =>
  `Harbour ferry contract talks continued on day ${i}. The ferry contract with Brightwater Marine was debated. ` +
  `Councillor Jane Ellis said the ferry contract must be reviewed. "The ferry contract is too costly," she said. ` +
  `Ferry users asked whether the ferry contract would raise fares. The harbour board met the ferry operator.`;

it('a follow made by words lists a new story on it when 60 older stories match the words better', async () => {
  const s = await flynnSchedulerSetup('2026-03-01T06:00:00Z');
  close = () => s.test.close();
  for (let i = 0; i < 60; i++) {
    s.clock.set(new Date(Date.parse('2026-03-01T06:00:00Z') + i * 60_000).toISOString());
    const title = `Harbour ferry contract talks go on, day ${i}`;
    await s.store.articles.add({ source: `old${i}.txt`, title, text: `${title}\n\n${para(i)}` });
  }
  s.clock.set('2026-03-09T06:00:00Z');
  await runBriefCommand('follow ferry contract 09:00 UTC', ctxFor(s.app));
  s.clock.set('2026-03-09T08:00:00Z');
  const title = 'Harbour council approves ferry contract with Brightwater Marine';
  await s.app.ingest({
    source: 'new.txt',
    title,
    text: `${title}\n\nThe harbour council approved the ferry contract with Brightwater Marine on Monday after months of talks. Councillor Jane Ellis said the vote ended the dispute over the harbour ferry. The contract runs for ten years, the council said.`,
  });
  s.clock.set('2026-03-09T09:01:00Z');
  await runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs: 0 });
  expect(s.slack.posts).toHaveLength(1);
  expect(s.slack.posts[0]!.text).toContain(title);
  expect(s.slack.posts[0]!.text).not.toContain('Nothing new stored about this story.');
}, 60_000);
