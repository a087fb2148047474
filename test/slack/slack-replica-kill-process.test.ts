import { afterEach, beforeAll, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';
import { type SlackBotProcess, startSlackBotProcess } from '../support/slack-bot-process';

const SECRET = 'test-signing-secret';
const LEASE_SECONDS = 5;
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A daily slot ten minutes ago on the processes' clock: owed, so `start` catches it up. */
function slotTenMinutesAgo(): { time: string; slot: string; createdAt: string } {
  const due = new Date(Date.now() - 10 * 60_000);
  due.setUTCSeconds(0, 0);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  return { time, slot: due.toISOString(), createdAt: new Date(due.getTime() - 3_600_000).toISOString() };
}

async function caughtUp(replica: SlackBotProcess): Promise<void> {
  for (let i = 0; i < 600 && !replica.stderr().includes('scheduler caught up'); i++) await sleep(50);
  expect(replica.stderr()).toContain('scheduler caught up');
}

it('kill -9 of the `newsbrief start` replica holding a slot claim: another replica posts that slot after the lease, once', async () => {
  const slack: FakeSlackApi = await startFakeSlackApi();
  cleanup.push(() => slack.close());
  const schema = database.freshSchema();
  const store = await openPostgresStore({ url: database.url, schema, poolSize: 2 });
  cleanup.push(() => store.close());
  const env = {
    NEWSBRIEF_DATABASE_URL: database.url,
    NEWSBRIEF_DB_SCHEMA: schema,
    NEWSBRIEF_DB_POOL_SIZE: '3',
    NEWSBRIEF_SLOT_LEASE_SECONDS: String(LEASE_SECONDS),
  };
  const start = () => startSlackBotProcess({ env, signingSecret: SECRET, slackApiUrl: slack.apiUrl, cleanup });
  const due = slotTenMinutesAgo();
  const daily = (channelId: string) =>
    store.schedules.create({ channelId, kind: 'digest', time: due.time, timezone: 'UTC', createdAt: due.createdAt });
  const held = await daily('slack:CKILL');
  const posts = (channel: string) => slack.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  // A catches the slot up at start; Slack takes the post but never answers, so A holds the claim.
  slack.setDelay('chat.postMessage', 60_000);
  const a = await start();
  await slack.waitForCall('chat.postMessage', (c) => c.params.channel === 'CKILL');
  a.child.kill('SIGKILL');
  await new Promise((resolve) => a.child.once('exit', resolve));
  slack.setDelay('chat.postMessage', 0);
  const claim = await store.schedules.getClaim(held.id, due.slot);
  expect(claim).toMatchObject({ state: 'claimed', attempts: 1 });
  const leaseUntil = Date.parse(claim!.leaseUntil!);
  expect(leaseUntil - Date.now()).toBeLessThanOrEqual(LEASE_SECONDS * 1000);

  // Another slot, owed to a channel nobody has claimed yet, for two replicas starting together.
  const fresh = await daily('slack:CBOTH');
  await sleep(Math.max(0, leaseUntil - Date.now()) + 250);
  const [b, c] = await Promise.all([start(), start()]);
  await Promise.all([caughtUp(b), caughtUp(c)]);

  const taken = await store.schedules.getClaim(held.id, due.slot);
  expect(taken).toMatchObject({ state: 'delivered', attempts: 2 });
  expect(taken!.owner).not.toBe(claim!.owner);
  expect(posts('CKILL')).toHaveLength(2); // A's, never answered, and the one after the lease
  expect(await store.schedules.getClaim(fresh.id, due.slot)).toMatchObject({ state: 'delivered', attempts: 1 });
  expect(posts('CBOTH')).toHaveLength(1);
  // Still once a little later: neither survivor's sweep takes a settled slot again.
  await sleep(500);
  expect(posts('CKILL')).toHaveLength(2);
  expect(posts('CBOTH')).toHaveLength(1);
}, 120_000);
