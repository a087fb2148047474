import { expect, test } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { runSchedulesCommand } from '../../src/cli/schedules-command';
import { MAX_LOOKUP_PAGES } from '../../src/platforms/discord/scheduled-discord-post';
import { capturingLogger } from '../support/capturing-logger';
import {
  botPosts,
  CHANNEL,
  channelReads,
  chatter,
  claimedElsewhere,
  discordSchedulerFixture,
  messageCreates,
  SLOT,
} from '../support/discord-scheduler-fixture';
import { rateLimitFailure } from '../support/fake-discord-rest';
import type { FakeDiscordServer } from '../support/fake-discord-server';

// A busy channel between a slot and its retry: the lookup must reach the post however much
// traffic came after it, and when it cannot read that far it must not post a second time.

const setup = discordSchedulerFixture();

/** Each page after the first goes on from the oldest message of the one before: none is read twice. */
function expectNewestFirstWalk(fake: FakeDiscordServer): bigint[] {
  const reads = channelReads(fake);
  expect(reads[0]!.query.has('before')).toBe(false);
  expect(reads.every((c) => c.query.get('limit') === '100' && !c.query.has('after'))).toBe(true);
  const befores = reads.slice(1).map((c) => BigInt(c.query.get('before')!));
  expect(befores.every((before, i) => i === 0 || before < befores[i - 1]!)).toBe(true);
  return befores;
}

test('a post made late, behind more than 1000 messages since its slot, is found by the retry and not posted twice', async () => {
  const { fake, clock, store, schedule, deps, run, postedByDeadProcess } = await setup();
  // A catch-up post of the 09:00 slot, late: 1,050 messages came between the slot and the post.
  chatter(fake, clock, 1_050);
  const messageId = await postedByDeadProcess();
  chatter(fake, clock, 30);
  clock.advance(deps.policy.leaseMs + 60_000);
  const created = messageCreates(fake).length;

  expect(await run()).toMatchObject([{ status: 'delivered', messageRef: `${CHANNEL}:${messageId}` }]);
  expect(botPosts(fake)).toHaveLength(1);
  expect(messageCreates(fake)).toHaveLength(created);
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'delivered', attempts: 2 });
  // Newest first, the post is on the first page, behind only the 30 messages after it.
  expect(channelReads(fake)).toHaveLength(1);
});

test('no post and more than 1000 messages since the slot: the walk reads back to the slot, finds none, posts once', async () => {
  const { fake, clock, store, schedule, deps, run } = await setup();
  // Yesterday's traffic, before the slot, is not read: the walk stops once it passes the slot.
  clock.set('2017-04-01T07:00:00Z');
  chatter(fake, clock, 300);
  clock.set('2017-04-01T08:00:30Z');
  await claimedElsewhere({ store, clock, scheduleId: schedule.id, leaseMs: deps.policy.leaseMs });
  chatter(fake, clock, 1_050);
  clock.advance(deps.policy.leaseMs + 60_000);

  expect(await run()).toMatchObject([{ status: 'delivered' }]);
  expect(botPosts(fake)).toHaveLength(1);
  const befores = expectNewestFirstWalk(fake);
  // 1,050 newer messages fill ten pages and half of an eleventh; the one before the slot ends it.
  expect(channelReads(fake)).toHaveLength(11);
  expect(befores).toHaveLength(10);
});

test('more messages since the slot than a lookup may read: the slot is given up and logged, not posted twice', async () => {
  const { fake, clock, store, schedule, deps, run, postedByDeadProcess, app } = await setup();
  const logs: Record<string, unknown>[] = [];
  deps.logger = capturingLogger(logs);
  const messageId = await postedByDeadProcess();
  chatter(fake, clock, MAX_LOOKUP_PAGES * 100 + 50);
  clock.advance(deps.policy.leaseMs + 60_000);
  const created = messageCreates(fake).length;

  const [outcome] = await run();
  expect(outcome).toMatchObject({ status: 'failed', slot: SLOT });
  expect(outcome!.error).toMatch(/^outcome unknown, not posted again: more than 5000 messages/);
  expect(messageCreates(fake)).toHaveLength(created);
  expect(botPosts(fake).map((m) => m.id)).toEqual([messageId]);
  expectNewestFirstWalk(fake);
  // One lookup: the attempts left in the run do not read the channel again.
  expect(channelReads(fake)).toHaveLength(MAX_LOOKUP_PAGES);
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'failed', retryAt: null });
  const flagged = logs.find((l) => l.msg === 'scheduled post given up: it may or may not be in the channel');
  expect(flagged).toMatchObject({ level: 50, scheduleId: schedule.id, slot: SLOT });

  // Later sweeps leave it alone: it is not claimed, read for or posted again.
  clock.advance(deps.policy.retryLaterMs * 2);
  expect(await run()).toEqual([]);
  expect(channelReads(fake)).toHaveLength(MAX_LOOKUP_PAGES);
  expect(botPosts(fake)).toHaveLength(1);

  // Not lost silently: the channel's list of schedules says the slot was not sent again and why,
  // and so does the operator's `newsbrief schedules`.
  const listed = await runBriefCommand('schedules', { channelId: CHANNEL, userId: 'U1', app });
  const line = listed.sections[0]!.items[0]!;
  expect(line.note).toContain(
    'the Sat 1 Apr, 09:00 BST post was not sent again: an attempt may have posted it, and the channel had too many messages since to check',
  );
  let out = '';
  const stdout = { write: (chunk: string) => (out += chunk) } as unknown as NodeJS.WritableStream;
  await runSchedulesCommand([], { schedules: store.schedules, stdout, now: () => clock.now() });
  expect(out).toContain(`s${schedule.id} ${CHANNEL}`);
  expect(out).toContain('the Sat 1 Apr, 09:00 BST post was not sent again');
  expect(out).not.toContain('not posted yet');
});

test('a 429 mid-lookup is waited out by discord.js and the walk goes on: found, one post', async () => {
  const { fake, clock, deps, run, postedByDeadProcess } = await setup();
  const messageId = await postedByDeadProcess();
  chatter(fake, clock, 250);
  clock.advance(deps.policy.leaseMs + 60_000);
  // The second page is refused once with Discord's rate-limit answer.
  fake.failNext({ ...rateLimitFailure(/^\/channels\/\d+\/messages$/, 0.05, 'GET'), skip: 1 });

  expect(await run()).toMatchObject([{ status: 'delivered', messageRef: `${CHANNEL}:${messageId}` }]);
  expect(botPosts(fake)).toHaveLength(1);
  const reads = channelReads(fake);
  expect(reads.map((c) => c.status)).toEqual([200, 429, 200, 200]);
  // The refused page is asked again, not skipped.
  expect(reads[2]!.query.get('before')).toBe(reads[1]!.query.get('before'));
});

test('Discord failing mid-lookup: the attempt fails and the slot is retried later, not posted blind', async () => {
  const { fake, clock, store, schedule, deps, run, postedByDeadProcess } = await setup();
  const messageId = await postedByDeadProcess();
  chatter(fake, clock, 150);
  clock.advance(deps.policy.leaseMs + 60_000);
  const created = messageCreates(fake).length;
  // The second page fails past discord.js's own retries.
  fake.failNext({ method: 'GET', path: /^\/channels\/\d+\/messages$/, status: 503, skip: 1, times: 10 });

  const [outcome] = await run();
  expect(outcome).toMatchObject({ status: 'failed', slot: SLOT });
  expect(outcome!.error).toMatch(/^could not look for an earlier attempt: /);
  expect(messageCreates(fake)).toHaveLength(created);
  const claim = await store.schedules.getClaim(schedule.id, SLOT);
  expect(claim).toMatchObject({ state: 'failed' });
  // One lookup (its second page tried three times by discord.js): the run does not try again.
  const readsInRun = channelReads(fake).length;
  expect(channelReads(fake).map((c) => c.status)).toEqual([200, 503, 503, 503]);

  fake.state.failures.length = 0;
  clock.advance(deps.policy.retryLaterMs);
  expect(await run()).toMatchObject([{ status: 'delivered', messageRef: `${CHANNEL}:${messageId}` }]);
  expect(botPosts(fake)).toHaveLength(1);
  expect(channelReads(fake).length - readsInRun).toBe(2);
});
