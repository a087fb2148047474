import { afterEach, describe, expect, test } from 'vitest';
import { scheduledPostKey } from '../../src/app/channel-poster';
import { silentLogger } from '../../src/logging/create-logger';
import { createDiscordRest } from '../../src/platforms/discord/create-discord-client';
import { createDiscordPoster } from '../../src/platforms/discord/discord-poster';
import { createSlackSchedulerPoster } from '../../src/platforms/slack/slack-poster';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import { claimedElsewhere } from '../support/discord-scheduler-fixture';
import { FAKE_CHANNEL_ID } from '../support/fake-discord-ids';
import { FakeDiscordServer } from '../support/fake-discord-server';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';
import { flynnSchedulerSetup, schedulerDeps } from './scheduler-fixture';

// A timeout does not mean "not posted": the platform accepts each post but holds its answer until
// the client has given up. The slot must still end up as one message, marked delivered. The
// client's timeout also bounds the lookups that find the post, so it is generous: only the held
// answer may time out, however loaded the machine is.
const CLIENT_TIMEOUT_MS = 2_000;
const SLOT = '2017-04-01T08:00:00.000Z';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function followAt(channelId: string) {
  const setup = await flynnSchedulerSetup('2017-04-01T08:00:30Z');
  cleanups.push(() => setup.test.close());
  const follow = await setup.store.schedules.create({
    channelId,
    kind: 'follow',
    articleId: setup.articleId,
    query: 'flynn',
    time: '09:00',
    timezone: 'Europe/London',
    createdAt: '2017-03-31T12:00:00.000Z',
  });
  return { ...setup, follow };
}

/** Process A claims the Slack slot and posts, then dies before writing "delivered". */
async function postedByDeadSlackProcess(channelId: string) {
  const setup = await followAt(channelId);
  const { clock, store, test: t, follow } = setup;
  const fake = await startFakeSlackApi({ now: () => clock.now().getTime() });
  cleanups.push(() => fake.close());
  const poster = createSlackSchedulerPoster({ token: 'xoxb-test', apiUrl: fake.apiUrl, logger: silentLogger() });
  const deps = schedulerDeps(t.app, store, clock, [poster]);
  await claimedElsewhere({ store, clock, scheduleId: follow.id, slot: SLOT, leaseMs: deps.policy.leaseMs });
  const reply = await t.app.buildScheduledPost({
    schedule: follow,
    slot: Date.parse(SLOT),
    late: false,
    since: follow.createdAt,
  });
  await poster.post(follow.channelId, reply, scheduledPostKey(follow.id, Date.parse(SLOT), Date.parse(SLOT)));
  return { ...setup, fake, deps };
}

describe('a slow platform gets each scheduled post once', () => {
  test('Slack: a post whose answer never came is found by its slot key, not posted again', async () => {
    const { clock, store, test: t, articleId, follow } = await followAt('slack:CSLOW001');
    const fake: FakeSlackApi = await startFakeSlackApi({ now: () => clock.now().getTime() });
    cleanups.push(() => fake.close());
    fake.holdAnswers('chat.postMessage');
    const poster = createSlackSchedulerPoster({
      token: 'xoxb-test',
      apiUrl: fake.apiUrl,
      timeoutMs: CLIENT_TIMEOUT_MS,
      logger: silentLogger(),
    });
    const deps = schedulerDeps(t.app, store, clock, [poster]);

    const outcomes = await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });

    const messages = fake.channelMessages('CSLOW001');
    expect(messages).toHaveLength(1);
    // No SDK-level retry of the post either: one call reached Slack.
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(messages[0]!.metadata).toEqual({
      event_type: 'newsbrief_scheduled_post',
      event_payload: { slot_key: expect.stringMatching(/^nb\d+-[0-9a-z]+$/) },
    });
    const history = fake.callsTo('conversations.history')[0]!;
    expect(history.params).toMatchObject({ channel: 'CSLOW001', include_all_metadata: 'true' });
    expect(Number(history.params.oldest)).toBeLessThanOrEqual(Date.parse(SLOT) / 1000);
    const ref = `slack:CSLOW001:${messages[0]!.ts}`;
    expect(outcomes).toMatchObject([{ status: 'delivered', slot: SLOT, messageRef: ref }]);
    expect(await store.schedules.getClaim(follow.id, SLOT)).toMatchObject({ state: 'delivered' });
    // The found post's thread answers questions about the story, as if the answer had come.
    expect(await store.conversations.articleForThread(ref)).toBe(articleId);

    // A later run (another sweep) does not post it again.
    clock.advance(60_000);
    expect(await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 })).toEqual([]);
    expect(fake.channelMessages('CSLOW001')).toHaveLength(1);
  });

  test('Slack: a process that died after posting but before recording it is not doubled by the next', async () => {
    const { clock, store, articleId, follow, fake, deps } = await postedByDeadSlackProcess('slack:CSLOW003');
    // After the lease, this process takes the slot over, finds A's post and records it.
    clock.advance(deps.policy.leaseMs + 60_000);
    const outcomes = await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
    const messages = fake.channelMessages('CSLOW003');
    expect(messages).toHaveLength(1);
    const ref = `slack:CSLOW003:${messages[0]!.ts}`;
    expect(outcomes).toMatchObject([{ status: 'delivered', messageRef: ref }]);
    expect(await store.schedules.getClaim(follow.id, SLOT)).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(await store.conversations.articleForThread(ref)).toBe(articleId);
  });

  test('Slack: more messages since the slot than a lookup may read: given up, not posted a second time', async () => {
    const { clock, store, follow, fake, deps } = await postedByDeadSlackProcess('slack:CSLOW004');
    fake.chatter('CSLOW004', 2_050);
    clock.advance(deps.policy.leaseMs + 60_000);

    const [outcome] = await runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 });
    expect(outcome).toMatchObject({ status: 'failed', slot: SLOT });
    expect(outcome!.error).toMatch(/^outcome unknown, not posted again: more than 2000 messages in the channel since/);
    // One post by the bot, as before the retry; ten pages read, then given up, never retried.
    expect(fake.channelMessages('CSLOW004').filter((m) => !m.user)).toHaveLength(1);
    expect(fake.callsTo('conversations.history')).toHaveLength(10);
    expect(await store.schedules.getClaim(follow.id, SLOT)).toMatchObject({ state: 'failed', retryAt: null });
  });

  test('Slack: a post that really failed is posted on the retry', async () => {
    const { clock, store, test: t, follow } = await followAt('slack:CSLOW002');
    const fake = await startFakeSlackApi({ now: () => clock.now().getTime() });
    cleanups.push(() => fake.close());
    fake.failNext('chat.postMessage', { error: 'fatal_error' });
    const poster = createSlackSchedulerPoster({
      token: 'xoxb-test',
      apiUrl: fake.apiUrl,
      timeoutMs: CLIENT_TIMEOUT_MS,
      logger: silentLogger(),
    });
    const outcomes = await runDueSlots(schedulerDeps(t.app, store, clock, [poster]), {
      at: clock.now().getTime(),
      catchupHours: 6,
    });
    expect(outcomes).toMatchObject([{ status: 'delivered' }]);
    expect(fake.channelMessages('CSLOW002')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect((await store.schedules.getClaim(follow.id, SLOT))?.state).toBe('delivered');
  });

  test('Discord: the retry carries the same enforced nonce and gets the message already created', async () => {
    const { clock, store, test: t, follow } = await followAt(`discord:${FAKE_CHANNEL_ID}`);
    const fake = await FakeDiscordServer.start({ heartbeatIntervalMs: 200 });
    cleanups.push(() => fake.stop());
    fake.state.delays.push({ method: 'POST', path: /^\/channels\/\d+\/messages$/, ms: 'never', times: 1 });
    const rest = createDiscordRest({ apiUrl: fake.apiUrl, timeoutMs: CLIENT_TIMEOUT_MS }).setToken(fake.token);
    const poster = createDiscordPoster({ rest, logger: silentLogger() });

    const outcomes = await runDueSlots(schedulerDeps(t.app, store, clock, [poster]), {
      at: clock.now().getTime(),
      catchupHours: 6,
    });

    const creates = fake.calls.filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path));
    expect(creates.length).toBeGreaterThanOrEqual(2);
    const nonces = new Set(creates.map((c) => c.body.nonce));
    expect(nonces.size).toBe(1);
    expect([...nonces][0]!.length).toBeLessThanOrEqual(25);
    expect(creates.every((c) => c.body.enforce_nonce === true)).toBe(true);
    const posted = [...fake.state.messages.values()].filter((m) => m.channel_id === FAKE_CHANNEL_ID);
    expect(posted).toHaveLength(1);
    expect(outcomes).toMatchObject([
      { status: 'delivered', messageRef: `discord:${FAKE_CHANNEL_ID}:${posted[0]!.id}` },
    ]);
    expect(await store.schedules.getClaim(follow.id, SLOT)).toMatchObject({ state: 'delivered' });
  });
});
