import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { followInChannel, messageCreates, SLOT } from '../support/discord-scheduler-fixture';
import { FAKE_CHANNEL_ID } from '../support/fake-discord-ids';
import { botUser } from '../support/fake-discord-payloads';
import { FakeDiscordServer } from '../support/fake-discord-server';
import { passDatabaseTime } from '../support/pass-database-time';
import { useTestDatabase } from '../support/shared-postgres';
import { useCleanups } from '../support/use-cleanups';
import { storeFlynn } from './scheduler-fixture';

const testDatabase = useTestDatabase();
const cleanup = useCleanups();

/** A scheduler replica (discord-scheduler-process.ts); `exited` resolves with its exit code. */
function replica(args: string[]): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'discord-scheduler-process.ts'), ...args],
    { cwd: join(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  return { child, exited, stderr: () => err };
}

it('kill -9 of a replica whose Discord post got through but never answered: the next replicas, after the lease and the nonce window, find it and post nothing', async () => {
  const database = testDatabase();
  // Discord's clock runs with the replicas' clocks: it starts at the slot's time too.
  let offset = Date.parse('2017-04-01T08:00:30Z') - Date.now();
  const fake = await FakeDiscordServer.start({ heartbeatIntervalMs: 200, now: () => Date.now() + offset });
  cleanup.push(() => fake.stop());
  const schema = database.freshSchema();
  const store = await openPostgresStore({ url: database.url, schema, poolSize: 2 });
  cleanup.push(() => store.close());
  const articleId = await storeFlynn(store);
  const schedule = await followInChannel(store, articleId);
  const args = (clock: string) => [database.url, schema, clock, fake.apiUrl, fake.token];
  const ours = () => fake.state.messagesIn(FAKE_CHANNEL_ID).filter((m) => m.author.id === botUser.id);

  // A takes the 09:00 London slot at 08:00:30 UTC; Discord creates the message and never answers.
  fake.state.delays.push({ method: 'POST', path: /^\/channels\/\d+\/messages$/, ms: 'never' });
  const holder = replica(args('2017-04-01T08:00:30Z'));
  for (let i = 0; i < 600 && ours().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(ours()).toHaveLength(1);
  holder.child.kill('SIGKILL');
  await holder.exited;
  expect(await store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'claimed', attempts: 1 });
  const created = messageCreates(fake).length;

  // Six minutes on: A's lease has run out (on the database's clock, which leases follow) and
  // Discord has forgotten the nonce. Two replicas start.
  fake.state.delays.length = 0;
  offset += 6 * 60_000;
  await passDatabaseTime(database.url, schema, 6 * 60_000);
  expect(6 * 60_000).toBeGreaterThan(fake.state.nonceWindowMs);
  const late = [replica(args('2017-04-01T08:06:30Z')), replica(args('2017-04-01T08:06:30Z'))];
  const codes = await Promise.all(late.map((r) => r.exited));
  expect(codes, late.map((r) => r.stderr()).join('\n')).toEqual([0, 0]);

  expect(ours()).toHaveLength(1);
  expect(messageCreates(fake)).toHaveLength(created);
  const claim = await store.schedules.getClaim(schedule.id, SLOT);
  expect(claim).toMatchObject({
    state: 'delivered',
    attempts: 2,
    messageRef: `discord:${FAKE_CHANNEL_ID}:${ours()[0]!.id}`,
  });
  // The thread A never got to open is opened once, on that message, and answers questions.
  expect(fake.state.threads.map((t) => t.id)).toEqual([ours()[0]!.id]);
  expect(await store.conversations.articleForThread(`discord:${ours()[0]!.id}`)).toBe(articleId);
}, 120_000);
