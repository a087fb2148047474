import { afterEach, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { runBriefCommand } from '../../commands/index';
import { runSchedulesCommand } from '../../src/cli/schedules-command';
import { captureIo } from '../support/capture-io';
import { FLYNN_SAMPLE, makeTestApp, type TestApp } from '../support/make-test-app';

// The channel's list of schedules must say what will happen, after a rehearsal or a deletion.

const NOW = new Date('2017-03-31T12:00:00.000Z');
let t: TestApp | undefined;
afterEach(() => t?.close());

async function channel(now = NOW): Promise<{ t: TestApp; ctx: CommandContext }> {
  t = await makeTestApp({ articles: [FLYNN_SAMPLE], now: () => now });
  return { t, ctx: { channelId: 'console:test', userId: 'console:tester', app: t.app } };
}

async function listed(ctx: CommandContext): Promise<string[]> {
  const reply = await runBriefCommand('schedules', ctx);
  return reply.sections[0]!.items.map((i) => `${i.text} · ${i.note}`);
}

it('a slot already posted by a tick rehearsal is not shown as next: the one after it is', async () => {
  const { t, ctx } = await channel();
  await runBriefCommand('follow flynn 09:00 Europe/London', ctx);
  const [schedule] = await t.store.schedules.list();
  expect(await listed(ctx)).toEqual([expect.stringContaining('next Sat 1 Apr, 09:00 BST')]);

  // `tick --at 2017-04-01T08:00:00Z` posted tomorrow's slot ahead of real time.
  const slot = '2017-04-01T08:00:00.000Z';
  const claim = { scheduleId: schedule!.id, slot, owner: 'tick', now: NOW.toISOString(), leaseMs: 60_000 };
  expect(await t.store.schedules.claimSlot({ ...claim, late: false, maxAttempts: 3 })).toBeDefined();
  expect(await t.store.schedules.markDelivered(schedule!.id, slot, 'tick', 'console:1', NOW.toISOString())).toBe(true);
  expect(await listed(ctx)).toEqual([expect.stringContaining('next Sun 2 Apr, 09:00 BST')]);
});

it('a follow-up whose story was deleted says so, and how to stop it', async () => {
  const { t, ctx } = await channel();
  await runBriefCommand('follow flynn 09:00 Europe/London', ctx);
  const [schedule] = await t.store.schedules.list();
  await t.store.articles.remove(schedule!.articleId!);
  expect(await listed(ctx)).toEqual([
    expect.stringContaining(
      `· next Sat 1 Apr, 09:00 BST; its story was deleted: that post says so, and then the follow-up stops; remove it with /brief unfollow s${schedule!.id}`,
    ),
  ]);
  // The operator's list says it last, after the next and last posts.
  let out = '';
  const stdout = { write: (chunk: string) => (out += chunk) } as unknown as NodeJS.WritableStream;
  await runSchedulesCommand([], { schedules: t.store.schedules, stdout, now: () => NOW });
  expect(out).toMatch(/· next Sat 1 Apr, 09:00 BST; its story was deleted: .* remove it with \/brief unfollow s\d+\n$/);
});

it('the day before the clocks go forward, a time in the skipped hour says why it posts later', async () => {
  const { ctx } = await channel(new Date('2027-03-27T12:00:00.000Z'));
  const reply = await runBriefCommand('follow flynn 01:30 Europe/London', ctx);
  expect(reply.sections[0]!.items[0]!.text).toContain(
    'First follow-up Sun 28 Mar, 02:00 BST (01:30 does not exist that night: the clocks go forward)',
  );
  await runBriefCommand('digest 09:00 Europe/London', ctx);
  expect(await listed(ctx)).toEqual([
    expect.stringMatching(/01:30 Europe\/London · next Sun 28 Mar, 02:00 BST \(01:30 does not exist that night/),
    expect.stringMatching(/09:00 Europe\/London · next Sun 28 Mar, 09:00 BST$/),
  ]);
});

it('in chat too, a next slot in another year says the year', async () => {
  const { ctx } = await channel(new Date('2026-12-31T12:00:00.000Z'));
  const reply = await runBriefCommand('follow flynn 09:00 Europe/London', ctx);
  expect(reply.sections[0]!.items[0]!.text).toContain('First follow-up Fri 1 Jan 2027, 09:00 GMT.');
});

it('names a story followed by id from its title alone, never reading the whole story', async () => {
  const { t, ctx } = await channel();
  await runBriefCommand('follow #1 09:00 Europe/London', ctx);
  // A listing of many follow-ups would read every article's full text just for its title.
  t.store.articles.get = async () => {
    throw new Error('a schedule listing read a whole story');
  };
  const title = 'follow “US Senate Intel Committee Rejects Flynn';
  expect(await listed(ctx)).toEqual([expect.stringContaining(title)]);
  const cli = captureIo({});
  await runSchedulesCommand([], { schedules: t.store.schedules, articles: t.store.articles, stdout: cli.stdout });
  expect(cli.out()).toContain(title);
  expect((await runBriefCommand('unfollow s1', ctx)).sections[0]!.items[0]!.text).toContain(title);
});
