import { afterEach, expect, test } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { runSchedulesCommand } from '../../src/cli/schedules-command';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { captureIo } from '../support/capture-io';
import type { TestApp } from '../support/make-test-app';
import { ctxFor, flynnSchedulerSetup, replyText } from './scheduler-fixture';

let t: TestApp | undefined;
afterEach(() => t?.close());

const URL = 'https://example.test/news/ferry';
const story = (title: string) => ({
  source: URL,
  url: URL,
  title,
  text:
    `${title}\n\n` +
    'The council voted on Tuesday to award the ferry contract to Harbour Lines, its leader said. ' +
    '“We have waited long enough,” said Anna Reyes, the council leader. ' +
    'Opposition members asked how much the contract would cost and were not told.',
});

test('a follow made by story id shows the story’s current title after it is renamed', async () => {
  const { test: app, clock, store, slack, deps } = await flynnSchedulerSetup('2017-03-31T15:00:00Z');
  t = app;
  const { article } = await app.app.ingest(story('Council weighs ferry contract'));
  const followed = await runBriefCommand(`follow #${article.id} 09:00 Europe/London`, ctxFor(app.app));
  expect(replyText(followed)).toContain('“Council weighs ferry contract”');

  // The same link with new copy: the story keeps its id and takes the new title.
  const renamed = await app.app.ingest(story('Council awards ferry contract to Harbour Lines'));
  expect(renamed).toMatchObject({ outcome: 'updated', article: { id: article.id } });

  const listed = replyText(await runBriefCommand('schedules', ctxFor(app.app)));
  expect(listed).toContain(`follow “Council awards ferry contract to Harbour Lines” (#${article.id})`);
  expect(listed).not.toContain('weighs');

  const cli = captureIo({});
  await runSchedulesCommand([], {
    schedules: store.schedules,
    articles: store.articles,
    stdout: cli.stdout,
    now: clock.now,
  });
  expect(cli.out()).toContain(`follow “Council awards ferry contract to Harbour Lines” (#${article.id})`);

  clock.set('2017-04-01T08:00:00Z');
  await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
  expect(slack.posts).toHaveLength(1);
  expect(slack.posts[0]!.text).toMatch(/Day \d+ of the “Council awards ferry contract to Harbour Lines” story/);

  const stopped = replyText(await runBriefCommand(`unfollow #${article.id}`, ctxFor(app.app)));
  expect(stopped).toContain(`follow “Council awards ferry contract to Harbour Lines” (#${article.id})`);
});

test('a follow made by words keeps the words the editor typed', async () => {
  const { test: app } = await flynnSchedulerSetup('2017-03-31T15:00:00Z');
  t = app;
  const { article } = await app.app.ingest(story('Council weighs ferry contract'));
  await runBriefCommand('follow ferry contract 09:00 Europe/London', ctxFor(app.app));
  await app.app.ingest(story('Council awards ferry contract to Harbour Lines'));
  const listed = replyText(await runBriefCommand('schedules', ctxFor(app.app)));
  expect(listed).toContain(`follow “ferry contract” (#${article.id})`);
});
