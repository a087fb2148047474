import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { FAKE_BOT_USER_ID, type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api';
import { eventCallback, postSignedToSlack } from '../support/fake-slack-requests';
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

/** One real `newsbrief start` in Slack HTTP mode on the shared PostgreSQL schema. */
function startReplica(env: Record<string, string>, slack: FakeSlackApi): Promise<SlackBotProcess> {
  return startSlackBotProcess({ env, signingSecret: SECRET, slackApiUrl: slack.apiUrl, cleanup });
}

it('two `newsbrief start` replicas on one PostgreSQL database answer an event once, whichever receives it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-replicas-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const slack = await startFakeSlackApi();
  cleanup.push(() => slack.close());
  const sqlite = join(dir, 'newsbrief.db');
  const schema = database.freshSchema();
  const env = {
    NEWSBRIEF_DB: sqlite,
    NEWSBRIEF_DATABASE_URL: database.url.replace('postgres://postgres@', 'postgres://postgres:not-needed-secret@'),
    NEWSBRIEF_DB_SCHEMA: schema,
    NEWSBRIEF_DB_POOL_SIZE: '3',
  };
  // Started together, as a deploy starts them: the second waits on the first's migrations (an advisory lock), not on its
  // whole start-up.
  const [a, b] = await Promise.all([startReplica(env, slack), startReplica(env, slack)]);
  // The first line names the database, without the password; no SQLite file was created.
  for (const replica of [a, b]) {
    expect(replica.stderr()).toMatch(
      /newsbrief: database postgres:\/\/postgres@127\.0\.0\.1:\d+\/t_\w+ \(schema s\d+\)/,
    );
    expect(replica.stderr()).not.toContain('not-needed-secret');
    expect((await fetch(`http://127.0.0.1:${replica.port}/healthz`)).status).toBe(200);
  }
  expect(existsSync(sqlite)).toBe(false);

  const deliver = (replica: SlackBotProcess, eventId: string, fields: Parameters<typeof eventCallback>[1]) =>
    postSignedToSlack(replica.url, JSON.stringify(eventCallback(eventId, fields)), 'application/json', {
      secret: SECRET,
    });
  // One mention, as Slack sends it: the app_mention to one replica, its retry to the other, and
  // the `message` twin of the same post (another event id) to the other as well.
  const mention = { channel: 'CREPLICA', text: `<@${FAKE_BOT_USER_ID}> ferry`, ts: '1700000100.000100' };
  const delivered = await Promise.all([
    deliver(a, 'EvReplica1', { ...mention, type: 'app_mention' }),
    deliver(b, 'EvReplica1', { ...mention, type: 'app_mention' }),
    deliver(b, 'EvReplica2', { ...mention, type: 'message' }),
  ]);
  expect(delivered.map((d) => d.status)).toEqual([200, 200, 200]);
  const brief = await slack.waitForCall('chat.postMessage', (c) => c.params.channel === 'CREPLICA');
  expect(JSON.stringify(brief.params.blocks)).toMatch(/ferry/i);

  // Another post, to both: once it is answered, both replicas are past the first one too.
  const next = { channel: 'CREPLIC2', text: `<@${FAKE_BOT_USER_ID}> libraries`, ts: '1700000200.000100' };
  await Promise.all([
    deliver(b, 'EvReplica3', { ...next, type: 'app_mention' }),
    deliver(a, 'EvReplica3', { ...next, type: 'app_mention' }),
  ]);
  await slack.waitForCall('chat.postMessage', (c) => c.params.channel === 'CREPLIC2');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const posts = (channel: string) =>
    slack.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && !c.params.thread_ts);
  expect(posts('CREPLICA')).toHaveLength(1);
  expect(posts('CREPLIC2')).toHaveLength(1);
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
  // Message ts on the processes' clock, so a replica's look for an earlier post of the slot is real.
  const slack: FakeSlackApi = await startFakeSlackApi({ now: Date.now });
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
  const start = () => startReplica(env, slack);
  const due = slotTenMinutesAgo();
  const daily = (channelId: string) =>
    store.schedules.create({ channelId, kind: 'digest', time: due.time, timezone: 'UTC', createdAt: due.createdAt });
  const held = await daily('slack:CKILL');
  const calls = (channel: string) => slack.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  // A catches the slot up at start; its post never reaches Slack's store, and A is killed mid-post.
  slack.failNext('chat.postMessage', { hang: true });
  const a = await start();
  await slack.waitForCall('chat.postMessage', (c) => c.params.channel === 'CKILL');
  a.child.kill('SIGKILL');
  await new Promise((resolve) => a.child.once('exit', resolve));
  const claim = await store.schedules.getClaim(held.id, due.slot);
  expect(claim).toMatchObject({ state: 'claimed', attempts: 1 });
  const leaseUntil = Date.parse(claim!.leaseUntil!);
  expect(leaseUntil - Date.now()).toBeLessThanOrEqual(LEASE_SECONDS * 1000);
  expect(slack.channelMessages('CKILL')).toHaveLength(0);

  // Another slot, owed to a channel nobody has claimed yet, for two replicas starting together.
  const fresh = await daily('slack:CBOTH');
  await sleep(Math.max(0, leaseUntil - Date.now()) + 250);
  const [b, c] = await Promise.all([start(), start()]);
  await Promise.all([caughtUp(b), caughtUp(c)]);

  const taken = await store.schedules.getClaim(held.id, due.slot);
  expect(taken).toMatchObject({ state: 'delivered', attempts: 2 });
  expect(taken!.owner).not.toBe(claim!.owner);
  expect(calls('CKILL')).toHaveLength(2); // A's, lost with it, and the one after the lease
  expect(slack.channelMessages('CKILL')).toHaveLength(1);
  expect(await store.schedules.getClaim(fresh.id, due.slot)).toMatchObject({ state: 'delivered', attempts: 1 });
  expect(calls('CBOTH')).toHaveLength(1);
  expect(slack.channelMessages('CBOTH')).toHaveLength(1);
}, 120_000);
