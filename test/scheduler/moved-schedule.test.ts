import { afterEach, expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { ctxFor, flynnSchedulerSetup } from './scheduler-fixture';

let close: (() => unknown) | undefined;
afterEach(() => close?.());

/** The Flynn setup on a hand-moved clock, with a schedule made by `command` at `startIso`. */
async function scheduled(startIso: string, command: (articleId: number) => string) {
  const s = await flynnSchedulerSetup(startIso);
  close = () => s.test.close();
  const ctx = ctxFor(s.app);
  await runBriefCommand(command(s.articleId), ctx);
  return { s, ctx };
}

const sweep = (s: Awaited<ReturnType<typeof flynnSchedulerSetup>>, graceMs = 90_000) =>
  runDueSlots(s.deps, { at: s.clock.now().getTime(), catchupHours: 6, graceMs });

it('owes no slot at or before a move: a digest moved earlier after today’s post next posts tomorrow at the new time', async () => {
  const { s, ctx } = await scheduled('2026-03-10T06:00:00Z', () => 'digest 09:00 UTC');
  s.clock.set('2026-03-10T09:00:30Z');
  expect((await sweep(s, 0)).map((o) => [o.slot, o.status])).toEqual([['2026-03-10T09:00:00.000Z', 'delivered']]);
  s.clock.set('2026-03-10T09:30:00Z');
  await runBriefCommand('digest 08:00 UTC', ctx);
  for (const at of ['2026-03-10T09:32:00Z', '2026-03-10T18:00:00Z', '2026-03-11T07:59:00Z']) {
    s.clock.set(at);
    // Nothing posted, and no slot of the new time recorded as skipped either.
    expect(await sweep(s)).toEqual([]);
  }
  expect(s.slack.posts).toHaveLength(1);
  s.clock.set('2026-03-11T08:01:40Z');
  expect((await sweep(s)).map((o) => [o.slot, o.status, o.late])).toEqual([
    ['2026-03-11T08:00:00.000Z', 'delivered', false],
  ]);
  expect(s.slack.posts.map((p) => p.reply.title)).toEqual(['Daily digest · 2026-03-10', 'Daily digest · 2026-03-11']);
});

it('owes no slot of the new time from before the move when a later digest moves to the morning', async () => {
  const { s, ctx } = await scheduled('2026-03-09T06:00:00Z', () => 'digest 18:00 UTC');
  s.clock.set('2026-03-09T18:00:30Z');
  await sweep(s, 0);
  s.clock.set('2026-03-10T10:00:00Z');
  await runBriefCommand('digest 09:00 UTC', ctx);
  s.clock.set('2026-03-10T10:01:00Z');
  // The start-up catch-up too (grace 0, 48 h of skips looked back on): nothing to post or skip.
  expect(await sweep(s, 0)).toEqual([]);
  expect(s.slack.posts).toHaveLength(1);
});

it('a follow-up moved earlier lists what came since its last post, on the next day at the new time', async () => {
  const { s, ctx } = await scheduled('2026-03-10T06:00:00Z', (id) => `follow #${id} 09:00 UTC`);
  const since: string[] = [];
  const build = s.deps.app.buildScheduledPost;
  s.deps.app = {
    ...s.deps.app,
    buildScheduledPost: (input) => {
      since.push(input.since);
      return build(input);
    },
  };
  s.clock.set('2026-03-10T09:00:30Z');
  await sweep(s, 0);
  s.clock.set('2026-03-10T09:30:00Z');
  await runBriefCommand(`follow #${s.articleId} 08:00 UTC`, ctx);
  s.clock.set('2026-03-10T09:32:00Z');
  expect(await sweep(s)).toEqual([]);
  s.clock.set('2026-03-11T08:00:30Z');
  expect((await sweep(s, 0)).map((o) => [o.slot, o.status])).toEqual([['2026-03-11T08:00:00.000Z', 'delivered']]);
  expect(s.slack.posts).toHaveLength(2);
  // The stories since its last post (not everything since the follow began).
  expect(since).toEqual(['2026-03-10T06:00:00.000Z', '2026-03-10T09:00:00.000Z']);
});

it('a digest moved to the morning lists what came since its last post, not only since the new time’s previous slot', async () => {
  const { s, ctx } = await scheduled('2026-03-09T06:00:00Z', () => 'digest 18:00 UTC');
  s.clock.set('2026-03-09T18:00:30Z');
  await sweep(s, 0);
  s.clock.set('2026-03-10T03:00:00Z');
  await s.store.articles.add({
    source: 'night.txt',
    title: 'Harbour board meets overnight',
    text: 'Harbour board meets overnight\n\nThe harbour board met at 3am.',
  });
  s.clock.set('2026-03-10T10:00:00Z');
  await runBriefCommand('digest 09:00 UTC', ctx);
  s.clock.set('2026-03-11T09:01:40Z');
  expect((await sweep(s)).map((o) => o.status)).toEqual(['delivered']);
  const post = s.slack.posts.at(-1)!.text;
  // From the 09:00 slot before alone (10 Mar 09:00), the 03:00 story was in neither digest.
  expect(post).toContain('Harbour board meets overnight');
  expect(post).toContain('Added since the last digest (Mon 9 Mar, 18:00');
});

it('a follow moved before its first post reports the news since it began, not only since the move', async () => {
  const { s, ctx } = await scheduled('2026-03-10T06:00:00Z', (id) => `follow #${id} 09:00 UTC`);
  s.clock.set('2026-03-10T06:30:00Z');
  await s.store.articles.add({
    source: 'wire',
    title: 'Flynn immunity offer still unanswered, committee says',
    text:
      'Flynn immunity offer still unanswered, committee says\n\n' +
      'The Senate Intelligence Committee has not replied to Michael Flynn’s offer to testify in exchange for immunity, a spokesman said. ' +
      'Robert Kelner, Flynn’s lawyer, declined to comment further on the letter.',
  });
  s.clock.set('2026-03-10T07:00:00Z');
  await runBriefCommand(`follow #${s.articleId} 10:00 UTC`, ctx);
  // The move still owes nothing before it: no 10:00 slot of the day before, none at 09:00 today.
  s.clock.set('2026-03-10T09:05:00Z');
  expect(await sweep(s, 0)).toEqual([]);
  s.clock.set('2026-03-10T10:00:30Z');
  expect((await sweep(s, 0)).map((o) => [o.slot, o.status])).toEqual([['2026-03-10T10:00:00.000Z', 'delivered']]);
  const post = s.slack.posts.at(-1)!.text;
  expect(post).toContain('Since the last post');
  expect(post).toContain('Flynn immunity offer still unanswered, committee says');
  expect(await s.store.schedules.list()).toMatchObject([
    { createdAt: '2026-03-10T06:00:00.000Z', owedFrom: '2026-03-10T07:00:00.000Z' },
  ]);
});

it('a replica still on the code before owed_from (slots owed from created_at) posts no slot of the new time from before the move', async () => {
  const { s, ctx } = await scheduled('2026-03-08T06:00:00Z', () => 'digest 09:00 UTC');
  s.clock.set('2026-03-10T09:00:30Z');
  await sweep(s, 0);
  s.clock.set('2026-03-10T09:30:00Z');
  await runBriefCommand('digest 08:00 UTC', ctx);
  // The old code's view of the same rows: it knows no owed_from.
  const schedules = s.deps.schedules;
  const oldReplica = {
    ...s.deps,
    schedules: {
      ...schedules,
      list: async (filter?: Parameters<typeof schedules.list>[0]) =>
        (await schedules.list(filter)).map((schedule) => ({ ...schedule, owedFrom: schedule.createdAt })),
    },
  };
  s.clock.set('2026-03-10T09:32:00Z');
  expect(await runDueSlots(oldReplica, { at: s.clock.now().getTime(), catchupHours: 72, graceMs: 0 })).toEqual([]);
  expect(s.slack.posts).toHaveLength(1);
});
