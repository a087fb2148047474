import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import type { TestApp } from '../support/make-test-app';
import { ctxFor, FLYNN_QUESTIONS, flynnSchedulerSetup, replyText } from './scheduler-fixture';

/** A newer wire story on the Flynn story, sharing few of its headline's words. */
const FLYNN_NEWS = {
  source: 'wire',
  title: 'Flynn immunity offer still unanswered, committee says',
  text:
    'Flynn immunity offer still unanswered, committee says\n\n' +
    'The Senate Intelligence Committee has not replied to Michael Flynn’s offer to testify in exchange for immunity, a spokesman said on Saturday. ' +
    '“We have nothing to add,” the spokesman said. Robert Kelner, Flynn’s lawyer, declined to comment further on the letter.',
};

let t: TestApp | undefined;
afterEach(() => t?.close());

async function setup(startIso: string) {
  const { test, ...rest } = await flynnSchedulerSetup(startIso);
  t = test;
  return rest;
}

describe('follow -> daily follow-up', () => {
  test('posts at the slot with the open questions, threaded on the story', async () => {
    const { clock, app, store, articleId, slack, deps } = await setup('2017-03-31T15:00:00Z');
    const reply = await runBriefCommand('follow flynn 09:00 Europe/London', ctxFor(app));
    expect(replyText(reply)).toContain('daily at 09:00 Europe/London');

    // Not due yet: the evening of the follow, and the minute before the slot.
    expect(await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 })).toEqual([]);
    clock.set('2017-04-01T07:59:00Z');
    expect(await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 })).toEqual([]);

    clock.set('2017-04-01T08:00:00Z'); // 09:00 BST
    const outcomes = await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
    expect(outcomes).toMatchObject([{ status: 'delivered', slot: '2017-04-01T08:00:00.000Z', late: false }]);
    expect(slack.posts).toHaveLength(1);
    const post = slack.posts[0]!;
    expect(post.channelId).toBe('slack:C1');
    expect(post.reply.kind).toBe('followup');
    expect(post.reply.threadArticleId).toBe(articleId);
    expect(post.text).toMatch(/Day 3 of the “flynn” story/);
    for (const q of FLYNN_QUESTIONS) expect(post.text).toContain(q.text);
    expect(post.text).toMatch(/Reply in this thread/);
    // Each open question ends with its kind and the command that resolves it, read as one note.
    const lines = renderConsoleReply(post.reply).split('\n');
    expect(lines).toContain(`  • 2. ${FLYNN_QUESTIONS[1]!.text} (unknown · /brief resolve #${articleId} 2)`);
    // The platform's thread now leads to the story, like a brief's.
    expect(await store.conversations.articleForThread('slack:C1:1')).toBe(articleId);

    // Same slot again (another sweep, a restart): nothing more.
    expect(await runDueSlots(deps, { at: clock.now().getTime() + 60_000, catchupHours: 6 })).toEqual([]);
    expect(slack.posts).toHaveLength(1);
  });

  test('resolve -> that question no longer appears', async () => {
    const { clock, app, slack, deps } = await setup('2017-03-31T15:00:00Z');
    await runBriefCommand('follow flynn 09:00 Europe/London', ctxFor(app));
    const resolved = await runBriefCommand('resolve flynn 1', ctxFor(app));
    expect(replyText(resolved)).toContain(FLYNN_QUESTIONS[0]!.text);

    clock.set('2017-04-01T08:00:00Z');
    await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
    const text = slack.posts[0]!.text;
    expect(text).not.toContain(FLYNN_QUESTIONS[0]!.text);
    // The other keeps the number it has in the brief, so `resolve flynn 2` still means it.
    expect(text).toContain(`2. ${FLYNN_QUESTIONS[1]!.text}`);
    expect(text).toMatch(/one question is still open/);

    const wrong = await runBriefCommand('resolve flynn 7', ctxFor(app));
    expect(wrong.kind).toBe('error');
    expect(replyText(wrong)).toMatch(/pick 1–2/);
  });

  test('a newer matching article shows up as news since the last post', async () => {
    const { clock, app, store, slack, deps } = await setup('2017-03-31T15:00:00Z');
    await runBriefCommand('follow flynn 09:00 Europe/London', ctxFor(app));
    clock.set('2017-04-01T08:00:00Z');
    await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
    expect(slack.posts[0]!.text).toContain('Nothing new stored about this story');

    clock.set('2017-04-01T12:00:00Z');
    await app.ingest(FLYNN_NEWS);
    clock.set('2017-04-02T08:00:00Z');
    await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
    expect(slack.posts).toHaveLength(2);
    expect(slack.posts[1]!.text).toContain('Flynn immunity offer still unanswered');
    expect(slack.posts[1]!.text).toMatch(/Day 4/);
    expect((await store.schedules.lastDelivered(1))?.slot).toBe('2017-04-02T08:00:00.000Z');
  });
});

describe('what counts as news on the story', () => {
  test('a follow made by story id lists a newer story on it, though the new headline shares few of its words', async () => {
    const { clock, app, slack, deps, articleId } = await setup('2017-03-31T15:00:00Z');
    await runBriefCommand(`follow #${articleId} 09:00 Europe/London`, ctxFor(app));
    clock.set('2017-04-01T06:00:00Z');
    await app.ingest(FLYNN_NEWS);
    await app.ingest({
      source: 'wire',
      title: 'Harbour council delays ferry vote',
      text: 'Harbour council delays ferry vote\n\nThe harbour council delayed its vote on the ferry contract on Tuesday.',
    });
    clock.set('2017-04-01T08:00:00Z');
    await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
    const post = slack.posts.find((p) => p.reply.kind === 'followup')!;
    expect(post.text).toContain('Flynn immunity offer still unanswered');
    expect(post.text).not.toContain('Harbour council');
  });

  test('one shared word is not enough: only articles sharing people or headline terms are listed', async () => {
    const { clock, app, slack, deps } = await setup('2017-03-31T15:00:00Z');
    const library = readFileSync(join(import.meta.dirname, '../../samples/library-sunday-hours.txt'), 'utf8');
    await app.ingest({ source: 'library.txt', title: library.split('\n', 1)[0]!, text: library });
    await runBriefCommand('follow libraries 09:00 Europe/London', ctxFor(app));

    clock.set('2017-04-01T06:00:00Z');
    // Shares only "libraries" with the followed story: a different story.
    await app.ingest({
      source: 'wire',
      title: 'Online libraries of old maps open to the public',
      text:
        'Online libraries of old maps open to the public\n\n' +
        'The university put its online libraries of historic maps on the web on Friday, a spokesman said. ' +
        'Scholars welcomed the move.',
    });
    // Shares the headline's Sunday closures, libraries and trustees: the same story moving on.
    await app.ingest({
      source: 'wire',
      title: 'Trustees defend Sunday closures at city libraries',
      text:
        'Trustees defend Sunday closures at city libraries\n\n' +
        'The library trustees defended the Sunday closures on Friday, saying the £1.2m cut left no choice.',
    });
    clock.set('2017-04-01T08:00:00Z');
    await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
    const post = slack.posts.find((p) => p.reply.kind === 'followup')!;
    expect(post.text).toContain('Trustees defend Sunday closures at city libraries');
    expect(post.text).not.toContain('Online libraries of old maps');
  });
});

describe('commands', () => {
  test('invalid time or zone gets a clear error and creates nothing', async () => {
    const { app, store } = await setup('2017-03-31T15:00:00Z');
    const badTime = await runBriefCommand('follow flynn 25:00', ctxFor(app));
    expect(badTime.kind).toBe('error');
    expect(replyText(badTime)).toContain('"25:00" is not a time: use HH:MM, 24-hour');
    const badZone = await runBriefCommand('follow flynn 09:00 Europe/Lodnon', ctxFor(app));
    expect(replyText(badZone)).toContain('"Europe/Lodnon" is not an IANA time zone');
    const badDigest = await runBriefCommand('digest 9:00 Mars/Olympus', ctxFor(app));
    expect(replyText(badDigest)).toContain('"Mars/Olympus" is not an IANA time zone');
    // "BST" would silently be Asia/Dhaka, "EST" Panama (no daylight saving): refused, naming both.
    const abbreviated = await runBriefCommand('follow flynn 09:00 BST', ctxFor(app));
    expect(abbreviated.kind).toBe('error');
    expect(replyText(abbreviated)).toContain(
      '"BST" is an abbreviation, which the time-zone database reads as Asia/Dhaka',
    );
    expect(replyText(await runBriefCommand('digest 07:00 est', ctxFor(app)))).toContain('reads as America/Panama');
    expect(await store.schedules.list()).toEqual([]);
  });

  test('defaults to 09:00 in the app zone; schedules lists; unfollow stops', async () => {
    const { app, store } = await setup('2017-03-31T15:00:00Z');
    await runBriefCommand('follow flynn', ctxFor(app));
    await runBriefCommand('digest 17:30 America/New_York', ctxFor(app));
    expect((await store.schedules.list()).map((s) => [s.kind, s.time, s.timezone])).toEqual([
      ['follow', '09:00', app.defaultTimezone],
      ['digest', '17:30', 'America/New_York'],
    ]);
    const list = replyText(await runBriefCommand('schedules', ctxFor(app)));
    // Schedule ids read s1, s2: never to be confused with story ids (#1).
    expect(list).toMatch(/s1 follow “flynn” \(#1\)/);
    expect(list).toMatch(/s2 digest daily at 17:30 America\/New_York next Fri 31 Mar, 17:30/);
    // Another channel sees none of them.
    expect(replyText(await runBriefCommand('schedules', ctxFor(app, 'slack:C2')))).toMatch(/Nothing scheduled here/);
    // A bare `digest` on a channel that has one moves it to the default, and says so.
    expect(replyText(await runBriefCommand('digest', ctxFor(app)))).toMatch(
      /Daily digest here moved from 17:30 America\/New_York to 09:00 UTC \(next /,
    );
    expect(replyText(await runBriefCommand('digest 09:00', ctxFor(app)))).toMatch(
      /Daily digest here is already at 09:00 UTC \(next /,
    );
    expect(replyText(await runBriefCommand('unfollow flynn', ctxFor(app)))).toMatch(/Stopped s1/);
    expect(replyText(await runBriefCommand('digest off', ctxFor(app)))).toMatch(/turned off/);
    expect(await store.schedules.list()).toEqual([]);
  });
});
