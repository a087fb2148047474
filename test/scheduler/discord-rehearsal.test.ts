import { expect, test } from 'vitest';
import { runTickCommand } from '../../src/cli/tick-command';
import { captureIo } from '../support/capture-io';
import {
  botPosts,
  CHANNEL,
  channelReads,
  discordSchedulerFixture,
  messageCreates,
  SLOT,
} from '../support/discord-scheduler-fixture';
import { FAKE_CHANNEL_ID } from '../support/fake-discord-ids';
import { fakeUser } from '../support/fake-discord-payloads';

// `tick --at` rehearses a slot ahead of time: its post is made long before the slot. A retry of
// that slot (another tick, or the running bot when the slot comes) must still find it.

const discordSetup = discordSchedulerFixture();

/** Reporters talking in the channel, a few ms apart on the test clock. */
function chatter(setup: Awaited<ReturnType<typeof discordSetup>>, count: number): void {
  const reporter = fakeUser('2', 'reporter');
  for (let i = 0; i < count; i++) {
    setup.clock.advance(5);
    setup.fake.state.userMessage(FAKE_CHANNEL_ID, reporter, { content: `${i}` });
  }
}

/** The afternoon before the slot: the follow was made at noon, the rehearsal runs at 15:00. */
async function rehearsal(before?: (setup: Awaited<ReturnType<typeof discordSetup>>) => void) {
  const setup = await discordSetup({ startIso: '2017-03-31T15:00:00Z' });
  before?.(setup);
  setup.clock.set('2017-03-31T15:00:00Z');
  const { app, store, clock, poster } = setup;
  const tick = () =>
    runTickCommand(['--at', SLOT], {
      app,
      schedules: store.schedules,
      posters: [poster],
      logger: setup.deps.logger,
      ...captureIo({}),
      now: clock.now,
      sleep: clock.sleep,
    });
  return { ...setup, tick };
}

async function rehearsedWithLostAnswer() {
  const setup = await rehearsal();
  const { fake, tick } = setup;
  // Discord creates the rehearsal's message but the answer never arrives; then it is down.
  fake.state.drops.push({ method: 'POST', path: /^\/channels\/\d+\/messages$/, times: 1 });
  fake.failNext({ path: /^\/channels\//, status: 503, skip: 1, times: 1_000 });
  expect(await tick()).toBe(1);
  expect(botPosts(fake)).toHaveLength(1);
  fake.state.failures.length = 0;
  return { ...setup, messageId: botPosts(fake)[0]!.id, created: messageCreates(fake).length };
}

test('a rehearsal retried by a later tick, after Discord forgot the nonce, is found, not posted twice', async () => {
  const { fake, clock, store, schedule, deps, tick, messageId, created } = await rehearsedWithLostAnswer();
  clock.advance(deps.policy.retryLaterMs + 60_000);
  expect(deps.policy.retryLaterMs).toBeGreaterThan(fake.state.nonceWindowMs);

  expect(await tick()).toBe(0);
  expect(botPosts(fake).map((m) => m.id)).toEqual([messageId]);
  expect(messageCreates(fake)).toHaveLength(created);
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({
    state: 'delivered',
    messageRef: `${CHANNEL}:${messageId}`,
  });
  expect(channelReads(fake).at(-1)!.status).toBe(200);
});

test('a rehearsal whose answer was lost is found by the running bot when the slot comes', async () => {
  const { fake, clock, store, schedule, run, messageId, created } = await rehearsedWithLostAnswer();
  clock.set('2017-04-01T08:00:30Z');

  expect(await run()).toMatchObject([{ status: 'delivered', slot: SLOT, messageRef: `${CHANNEL}:${messageId}` }]);
  expect(botPosts(fake)).toHaveLength(1);
  expect(messageCreates(fake)).toHaveLength(created);
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'delivered' });
});

test('a rehearsal stays known after a failed retry at the slot: the next retry still finds its post', async () => {
  const rehearsed = await rehearsedWithLostAnswer();
  const { fake, clock, store, schedule, deps, run, messageId, created } = rehearsed;
  // Overnight traffic: more than one page, so a lookup from the slot alone would not reach it.
  clock.set('2017-03-31T20:00:00Z');
  chatter(rehearsed, 150);
  // The bot's claim at the slot cannot read the channel: it fails and is retried later.
  clock.set('2017-04-01T08:00:30Z');
  fake.failNext({ method: 'GET', path: /^\/channels\/\d+\/messages$/, status: 503, times: 1_000 });
  expect(await run()).toMatchObject([{ status: 'failed', slot: SLOT }]);
  fake.state.failures.length = 0;

  clock.advance(deps.policy.retryLaterMs);
  expect(await run()).toMatchObject([{ status: 'delivered', messageRef: `${CHANNEL}:${messageId}` }]);
  expect(botPosts(fake).map((m) => m.id)).toEqual([messageId]);
  expect(messageCreates(fake)).toHaveLength(created);
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({
    state: 'delivered',
    firstAttemptAt: '2017-03-31T15:00:00.000Z',
  });
});

test('a rehearsal that posted nothing does not make the slot read back to when the schedule was made', async () => {
  // More messages between the follow (noon) and the rehearsal than a lookup may read.
  const rehearsed = await rehearsal((setup) => {
    setup.clock.set('2017-03-31T12:30:00Z');
    chatter(setup, 5_100);
  });
  const { fake, clock, store, schedule, run, tick } = rehearsed;
  // Every create of the rehearsal is refused: nothing is posted.
  fake.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 503, times: 1_000 });
  expect(await tick()).toBe(1);
  expect(botPosts(fake)).toHaveLength(0);
  fake.state.failures.length = 0;

  clock.set('2017-04-01T08:00:30Z');
  expect(await run()).toMatchObject([{ status: 'delivered', slot: SLOT }]);
  expect(botPosts(fake)).toHaveLength(1);
  // The lookup stopped at the rehearsal (less five minutes), not at noon: one page.
  expect(channelReads(fake)).toHaveLength(1);
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'delivered' });
});
