import { SnowflakeUtil } from 'discord.js';
import { afterEach, describe, expect, test } from 'vitest';
import { scheduledPostKey } from '../../src/app/channel-poster';
import { renderDiscordReply } from '../../src/platforms/discord/render-discord-reply';
import { markScheduledDiscordPost } from '../../src/platforms/discord/scheduled-discord-post';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { FAKE_CHANNEL_ID, FAKE_OTHER_BOT_ID } from '../support/fake-discord-ids';
import { botUser, fakeUser } from '../support/fake-discord-payloads';
import type { FakeDiscordServer } from '../support/fake-discord-server';
import {
  CHANNEL,
  discordPoster,
  followInChannel,
  messageCreates,
  postedByDeadProcess,
  SLOT,
  startFakeDiscordAt,
} from './discord-scheduler-fixture';
import { flynnSchedulerSetup, schedulerDeps } from './scheduler-fixture';

// Discord dedupes an enforced nonce for a few minutes only. A retry later than that (a lease that
// ran out, a retry 10 minutes after a failed run) must find the earlier post by reading the
// channel, or the newsroom gets the follow-up twice.

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const setup = await flynnSchedulerSetup('2017-04-01T08:00:30Z');
  cleanups.push(() => setup.test.close());
  const fake = await startFakeDiscordAt(setup.clock);
  cleanups.push(() => fake.stop());
  const schedule = await followInChannel(setup.store, setup.articleId);
  const poster = discordPoster(fake);
  const deps = schedulerDeps(setup.app, setup.store, setup.clock, [poster]);
  const run = () => runDueSlots(deps, { at: setup.clock.now().getTime(), catchupHours: 6 });
  return { ...setup, fake, schedule, poster, deps, run };
}

const inChannel = (fake: FakeDiscordServer) => fake.state.messagesIn(FAKE_CHANNEL_ID);

describe('the fake Discord forgets nonces as Discord does', () => {
  test('a repeat within the window gets the same message, a later one a new message; reads carry no nonce', async () => {
    const { fake, clock } = await setup();
    const post = () =>
      fetch(`${fake.apiUrl}/v10/channels/${FAKE_CHANNEL_ID}/messages`, {
        method: 'POST',
        headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ content: 'x', nonce: 'nb1-abc', enforce_nonce: true }),
      }).then((r) => r.json() as Promise<{ id: string; nonce?: string }>);
    const first = await post();
    clock.advance(fake.state.nonceWindowMs - 1_000);
    expect((await post()).id).toBe(first.id);
    clock.advance(2_000);
    const later = await post();
    expect(later.id).not.toBe(first.id);
    expect(BigInt(later.id)).toBeGreaterThan(BigInt(first.id));

    const read = (query: string) =>
      fetch(`${fake.apiUrl}/v10/channels/${FAKE_CHANNEL_ID}/messages?${query}`, {
        headers: { authorization: `Bot ${fake.token}` },
      }).then((r) => r.json() as Promise<Array<{ id: string; nonce?: string; author: { id: string } }>>);
    const all = await read('limit=100');
    expect(all.map((m) => m.id)).toEqual([later.id, first.id]);
    expect(all.every((m) => m.nonce === undefined && m.author.id === botUser.id)).toBe(true);
    expect((await read(`after=${first.id}`)).map((m) => m.id)).toEqual([later.id]);
    const before = SnowflakeUtil.generate({ timestamp: clock.now().getTime() - 60 * 60_000 });
    expect((await read(`after=${before}&limit=1`)).map((m) => m.id)).toEqual([first.id]);
  });
});

describe('Discord: a scheduled post is found after Discord forgot its nonce', () => {
  test('a post whose answer was lost, retried after the window, is found and completed, not posted again', async () => {
    const { fake, clock, store, schedule, articleId, deps, run } = await setup();
    // Discord creates the message but the answer never arrives; then it is down for the rest of the run.
    fake.state.drops.push({ method: 'POST', path: /^\/channels\/\d+\/messages$/, times: 1 });
    fake.failNext({ path: /^\/channels\//, status: 503, skip: 1, times: 1_000 });

    expect(await run()).toMatchObject([{ status: 'failed', slot: SLOT }]);
    expect(inChannel(fake)).toHaveLength(1);
    const [message] = inChannel(fake);
    expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'failed' });

    // Discord is back; the slot is retried after retryLater, long after Discord forgot the nonce.
    fake.state.failures.length = 0;
    clock.advance(deps.policy.retryLaterMs);
    expect(deps.policy.retryLaterMs).toBeGreaterThan(fake.state.nonceWindowMs);
    const createsBefore = messageCreates(fake).length;
    const ref = `${CHANNEL}:${message!.id}`;
    expect(await run()).toMatchObject([{ status: 'delivered', slot: SLOT, messageRef: ref }]);

    expect(inChannel(fake)).toHaveLength(1);
    expect(messageCreates(fake)).toHaveLength(createsBefore);
    expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'delivered', attempts: 2 });
    // The lookup read forward from just before the slot, a full page at a time.
    const lookup = fake.calls.find((c) => c.method === 'GET' && c.path === `/channels/${FAKE_CHANNEL_ID}/messages`)!;
    expect(lookup.query.get('limit')).toBe('100');
    expect(SnowflakeUtil.timestampFrom(lookup.query.get('after')!)).toBeLessThanOrEqual(Date.parse(SLOT));
    // The question thread the first attempt never opened is opened on the found message, and answers.
    expect(fake.state.threads.map((t) => t.id)).toEqual([message!.id]);
    expect(await store.conversations.articleForThread(`discord:${message!.id}`)).toBe(articleId);
    // Readers see which schedule and slot it is: "s<id>" in the footer, the slot as its timestamp.
    const marked = message!.embeds.find((e) => e.timestamp);
    expect(Date.parse(marked.timestamp)).toBe(Date.parse(SLOT));
    expect(marked.footer.text).toMatch(new RegExp(`\\bs${schedule.id}\\b`));

    clock.advance(60_000);
    expect(await run()).toEqual([]);
    expect(inChannel(fake)).toHaveLength(1);
  });

  test('a replica that died after posting is not doubled by the one that takes over after the lease', async () => {
    const { fake, clock, app, store, schedule, articleId, deps, run } = await setup();
    // Reporters were talking: more than a page of messages lands between the slot and the post.
    for (let i = 0; i < 150; i++)
      fake.state.userMessage(FAKE_CHANNEL_ID, fakeUser('2', 'reporter'), { content: `${i}` });
    const messageId = await postedByDeadProcess({
      app,
      store,
      clock,
      schedule,
      poster: discordPoster(fake),
      leaseMs: deps.policy.leaseMs,
    });
    clock.advance(deps.policy.leaseMs + 60_000);

    expect(await run()).toMatchObject([{ status: 'delivered', messageRef: `${CHANNEL}:${messageId}` }]);
    expect(inChannel(fake).filter((m) => m.author.id === botUser.id)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'GET' && /\/messages$/.test(c.path))).toHaveLength(2);
    // It had its thread already: none is opened twice.
    expect(fake.state.threads).toHaveLength(1);
    expect(await store.conversations.articleForThread(`discord:${messageId}`)).toBe(articleId);
  });

  test('another bot’s look-alike, another slot’s post and another schedule’s post are not taken for it', async () => {
    const { fake, clock, app, store, schedule, articleId, deps, run } = await setup();
    // Another follow in the channel, due later that morning.
    const other = await store.schedules.create({
      channelId: CHANNEL,
      kind: 'follow',
      articleId,
      query: 'flynn',
      time: '10:00',
      timezone: 'Europe/London',
      createdAt: schedule.createdAt,
    });
    const marked = async (of: typeof schedule, slot: string) => {
      const reply = await app.buildScheduledPost({ schedule: of, slot: Date.parse(slot), late: false, since: slot });
      return markScheduledDiscordPost(renderDiscordReply(reply), scheduledPostKey(of.id, Date.parse(slot), 0));
    };
    const otherBot = fakeUser(FAKE_OTHER_BOT_ID, 'copycat', true);
    // The very embeds this slot's post would carry, posted by someone else.
    fake.state.userMessage(FAKE_CHANNEL_ID, otherBot, { embeds: await marked(schedule, SLOT) });
    // Ours, but yesterday's slot (posted late, so it sits among today's messages) and another schedule's.
    fake.state.userMessage(FAKE_CHANNEL_ID, botUser, { embeds: await marked(schedule, '2017-03-31T08:00:00.000Z') });
    fake.state.userMessage(FAKE_CHANNEL_ID, botUser, { embeds: await marked(other, SLOT) });
    // An earlier claim whose process died before posting: the take-over looks, finds none, posts.
    await store.schedules.claimSlot({
      scheduleId: schedule.id,
      slot: SLOT,
      owner: 'process-a',
      now: clock.now().toISOString(),
      leaseMs: deps.policy.leaseMs,
      late: false,
      maxAttempts: 5,
    });
    const before = new Set(inChannel(fake).map((m) => m.id));
    clock.advance(deps.policy.leaseMs + 60_000);

    const outcomes = await run();
    const posted = inChannel(fake).filter((m) => !before.has(m.id));
    expect(posted).toHaveLength(1);
    expect(posted[0]!.author.id).toBe(botUser.id);
    expect(outcomes.find((o) => o.scheduleId === schedule.id)).toMatchObject({
      status: 'delivered',
      messageRef: `${CHANNEL}:${posted[0]!.id}`,
    });
    expect(fake.calls.some((c) => c.method === 'GET' && c.path === `/channels/${FAKE_CHANNEL_ID}/messages`)).toBe(true);
  });
});

test('a channel with more messages since the slot than a lookup reads: it stops after 1000 and posts', async () => {
  const { fake, clock, store, schedule, deps, run } = await setup();
  for (let i = 0; i < 1_050; i++)
    fake.state.userMessage(FAKE_CHANNEL_ID, fakeUser('2', 'reporter'), { content: `${i}` });
  await store.schedules.claimSlot({
    scheduleId: schedule.id,
    slot: SLOT,
    owner: 'process-a',
    now: clock.now().toISOString(),
    leaseMs: deps.policy.leaseMs,
    late: false,
    maxAttempts: 5,
  });
  clock.advance(deps.policy.leaseMs + 60_000);

  expect(await run()).toMatchObject([{ status: 'delivered' }]);
  const reads = fake.calls.filter((c) => c.method === 'GET' && c.path === `/channels/${FAKE_CHANNEL_ID}/messages`);
  expect(reads).toHaveLength(10);
  // Each page goes on from the newest message of the one before: no message is read twice.
  const afters = reads.map((c) => BigInt(c.query.get('after')!));
  expect(afters.every((after, i) => i === 0 || after > afters[i - 1]!)).toBe(true);
  expect(inChannel(fake).filter((m) => m.author.id === botUser.id)).toHaveLength(1);
});
