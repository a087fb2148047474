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

// `tick --at` rehearses a slot ahead of time: its post is made long before the slot. A retry of
// that slot (another tick, or the running bot when the slot comes) must still find it.

const discordSetup = discordSchedulerFixture();

/** The afternoon before the slot: the follow was made at noon, the rehearsal runs at 15:00. */
async function rehearsedWithLostAnswer() {
  const setup = await discordSetup({ startIso: '2017-03-31T15:00:00Z' });
  const { fake, app, store, clock, poster } = setup;
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
  // Discord creates the rehearsal's message but the answer never arrives; then it is down.
  fake.state.drops.push({ method: 'POST', path: /^\/channels\/\d+\/messages$/, times: 1 });
  fake.failNext({ path: /^\/channels\//, status: 503, skip: 1, times: 1_000 });
  expect(await tick()).toBe(1);
  expect(botPosts(fake)).toHaveLength(1);
  fake.state.failures.length = 0;
  return { ...setup, tick, messageId: botPosts(fake)[0]!.id, created: messageCreates(fake).length };
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
