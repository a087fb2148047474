import { expect, test } from 'vitest';
import { capturingLogger } from '../support/capturing-logger';
import { botPosts, CHANNEL, discordSchedulerFixture, messageCreates, SLOT } from '../support/discord-scheduler-fixture';

// A scheduled post whose answer was lost, then deleted by a moderator before the retry: the slot
// was delivered once, and posting it again would undo the moderator's decision.

const discordSetup = discordSchedulerFixture();

async function deletedByModerator(leaseMs: number) {
  const setup = await discordSetup();
  const { fake, clock, deps, postedByDeadProcess } = setup;
  deps.policy.leaseMs = leaseMs;
  const messageId = await postedByDeadProcess();
  fake.state.messages.delete(messageId);
  clock.advance(leaseMs + 30_000);
  return { ...setup, created: messageCreates(fake).length };
}

test('retried while Discord remembers the nonce: Discord says the message is gone, so the slot is recorded, not posted again', async () => {
  // A short lease: the take-over comes while Discord still remembers the first attempt's nonce.
  const { fake, clock, store, schedule, deps, run, created } = await deletedByModerator(60_000);
  expect(90_000).toBeLessThan(fake.state.nonceWindowMs);
  const logs: Record<string, unknown>[] = [];
  deps.logger = capturingLogger(logs);

  expect(await run()).toMatchObject([{ status: 'delivered', slot: SLOT, messageRef: `${CHANNEL}:deleted` }]);
  expect(botPosts(fake)).toHaveLength(0);
  // The one create sent repeated the nonce; Discord answered Unknown Message and made nothing.
  expect(
    messageCreates(fake)
      .slice(created)
      .map((c) => c.status),
  ).toEqual([404]);
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({
    state: 'delivered',
    messageRef: `${CHANNEL}:deleted`,
  });
  // Only our fake Discord is known to answer a deleted post's nonce so: an error names the slot,
  // for an editor to check that the channel really had the post.
  const flagged = logs.filter((l) => String(l.msg).includes('deleted'));
  expect(flagged).toMatchObject([{ level: 50, scheduleId: schedule.id, slot: SLOT, channelId: CHANNEL }]);
  clock.advance(60 * 60_000);
  expect(await run()).toEqual([]);
  expect(botPosts(fake)).toHaveLength(0);
});

test('retried after Discord forgot the nonce: a deleted post cannot be told from one never made, and is posted (the documented residual risk)', async () => {
  const { fake, store, schedule, deps, run, created } = await deletedByModerator(5 * 60_000);
  expect(deps.policy.leaseMs).toBeGreaterThan(fake.state.nonceWindowMs);

  const [outcome] = await run();
  expect(outcome).toMatchObject({ status: 'delivered', slot: SLOT });
  expect(botPosts(fake)).toHaveLength(1);
  expect(messageCreates(fake)).toHaveLength(created + 1);
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({
    state: 'delivered',
    messageRef: outcome!.messageRef,
  });
});
