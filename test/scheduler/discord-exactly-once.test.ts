import { SnowflakeUtil } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { scheduledPostKey } from '../../src/app/channel-poster';
import { renderDiscordReply } from '../../src/platforms/discord/render-discord-reply';
import { markScheduledDiscordPost } from '../../src/platforms/discord/scheduled-discord-post';
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
import { FAKE_CHANNEL_ID, FAKE_OTHER_BOT_ID } from '../support/fake-discord-ids';
import { botUser, fakeUser } from '../support/fake-discord-payloads';
import type { FakeDiscordServer } from '../support/fake-discord-server';

// Discord dedupes an enforced nonce for a few minutes only. A retry later than that (a lease that
// ran out, a retry 10 minutes after a failed run) must find the earlier post by reading the
// channel, or the newsroom gets the follow-up twice.

const setup = discordSchedulerFixture();

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
    const readsBefore = channelReads(fake).length;
    // The run's own retries came seconds apart, while Discord remembers the nonce: they repeated
    // it instead of reading the channel.
    expect(readsBefore).toBe(0);
    expect(new Set(messageCreates(fake).map((c) => c.body.nonce))).toEqual(
      new Set([`nb${schedule.id}-${(Date.parse(SLOT) / 60_000).toString(36)}`]),
    );
    const ref = `${CHANNEL}:${message!.id}`;
    expect(await run()).toMatchObject([{ status: 'delivered', slot: SLOT, messageRef: ref }]);

    expect(inChannel(fake)).toHaveLength(1);
    expect(messageCreates(fake)).toHaveLength(createsBefore);
    expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'delivered', attempts: 2 });
    // The lookup read newest first, a full page at a time: one page holds the whole channel.
    const reads = channelReads(fake).slice(readsBefore);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.query.get('limit')).toBe('100');
    expect(reads[0]!.query.has('before')).toBe(false);
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

  test('retries within one run trust the nonce only for a minute from the first send, not from the last', async () => {
    const { fake, clock, store, schedule, deps, run } = await setup();
    // Discord forgets the nonce 65 s after it first made the message; retries come 14 s and 56 s apart.
    fake.state.nonceWindowMs = 65_000;
    deps.policy.postAttempts = 3;
    deps.policy.backoffMs = 14_000;
    // The first send creates the message but its answer is lost; the second is refused outright.
    fake.state.drops.push({ method: 'POST', path: /^\/channels\/\d+\/messages$/, times: 1 });
    fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 503, skip: 1, times: 1_000 });
    let backoffs = 0;
    deps.sleep = async (ms) => {
      await clock.sleep(ms);
      // Discord is back for the third attempt, 70 s after the first send.
      if (++backoffs === 2) fake.state.failures.length = 0;
    };
    const started = clock.now().getTime();

    const [outcome] = await run();
    expect(backoffs).toBe(2);
    expect(clock.now().getTime() - started).toBeGreaterThan(fake.state.nonceWindowMs);
    const [message] = inChannel(fake);
    expect(outcome).toMatchObject({ status: 'delivered', messageRef: `${CHANNEL}:${message!.id}` });
    expect(inChannel(fake)).toHaveLength(1);
    // The third attempt read the channel instead of repeating a nonce Discord had forgotten.
    expect(channelReads(fake)).toHaveLength(1);
    expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'delivered', attempts: 1 });
  });

  test('a replica that died after posting is not doubled by the one that takes over after the lease', async () => {
    const { fake, clock, store, articleId, deps, run, postedByDeadProcess } = await setup();
    // Reporters were talking: more than a page of messages lands between the slot and the post.
    chatter(fake, clock, 150);
    const messageId = await postedByDeadProcess();
    clock.advance(deps.policy.leaseMs + 60_000);

    expect(await run()).toMatchObject([{ status: 'delivered', messageRef: `${CHANNEL}:${messageId}` }]);
    expect(botPosts(fake)).toHaveLength(1);
    // Newest first, it is on the first page: the reporters' 150 messages before it are not read.
    expect(channelReads(fake)).toHaveLength(1);
    // It had its thread already: none is opened twice.
    expect(fake.state.threads).toHaveLength(1);
    expect(await store.conversations.articleForThread(`discord:${messageId}`)).toBe(articleId);
  });

  test('another bot’s look-alike, another slot’s post and another schedule’s post are not taken for it', async () => {
    const { fake, clock, app, store, schedule, deps, run } = await setup();
    // Another schedule in the channel, due later that morning (the channel's digest: a second
    // follow-up of the same story would move this one).
    const other = await store.schedules.create({
      channelId: CHANNEL,
      kind: 'digest',
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
    await claimedElsewhere({ store, clock, scheduleId: schedule.id, leaseMs: deps.policy.leaseMs });
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
    expect(channelReads(fake).length).toBeGreaterThan(0);
  });
});
