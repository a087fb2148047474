import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runDueSlots } from '../../src/scheduler/run-due-slots';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import {
  CHANNEL,
  discordPoster,
  followInChannel,
  messageCreates,
  postedByDeadProcess,
  SLOT,
  startFakeDiscordAt,
} from '../support/discord-scheduler-fixture';
import { FAKE_CHANNEL_ID } from '../support/fake-discord-ids';
import { botUser } from '../support/fake-discord-payloads';
import { makeTestApp } from '../support/make-test-app';
import { passDatabaseTime } from '../support/pass-database-time';
import { useTestDatabase } from '../support/shared-postgres';
import { useCleanups } from '../support/use-cleanups';
import { fakeClock, schedulerDeps, storeFlynn } from './scheduler-fixture';

/** Two connections to one database: what two replicas of the bot share. */
interface SharedDatabase {
  open(now: () => Date): Promise<[AsyncStore, AsyncStore]>;
  /** Time passing on the database's own clock, where leases run on it (PostgreSQL). */
  passDatabaseTime?(ms: number): Promise<void>;
}

const cleanups = useCleanups();

function describeReplicas(name: string, database: () => SharedDatabase): void {
  describe(`two replicas on ${name}, each with its own Discord client`, () => {
    test('a slot posted by a replica that died is found by the survivors after the lease: one message', async () => {
      const clock = fakeClock('2017-04-01T08:00:30Z');
      const stores = await database().open(clock.now);
      const [a, b] = await Promise.all(stores.map((store) => makeTestApp({ store, now: clock.now })));
      cleanups.push(
        () => a!.close(),
        () => b!.close(),
      );
      const fake = await startFakeDiscordAt(clock);
      cleanups.push(() => fake.stop());
      const articleId = await storeFlynn(a!.store);
      const schedule = await followInChannel(a!.store, articleId);
      const replicas = [a!, b!].map((r, i) =>
        schedulerDeps(r.app, r.store, clock, [discordPoster(fake)], `replica-${i}`),
      );
      const messageId = await postedByDeadProcess({
        app: a!.app,
        store: a!.store,
        clock,
        schedule,
        poster: discordPoster(fake),
        leaseMs: replicas[0]!.policy.leaseMs,
      });
      const created = messageCreates(fake).length;
      // Past the lease, and so past Discord's memory of the nonce: both survivors sweep at once.
      clock.advance(replicas[0]!.policy.leaseMs + 60_000);
      await database().passDatabaseTime?.(replicas[0]!.policy.leaseMs + 60_000);
      expect(clock.now().getTime() - Date.parse(SLOT)).toBeGreaterThan(fake.state.nonceWindowMs);

      const outcomes = (
        await Promise.all(replicas.map((deps) => runDueSlots(deps, { at: clock.now().getTime(), catchupHours: 6 })))
      ).flat();

      expect(outcomes).toMatchObject([{ status: 'delivered', messageRef: `${CHANNEL}:${messageId}` }]);
      expect(fake.state.messagesIn(FAKE_CHANNEL_ID).filter((m) => m.author.id === botUser.id)).toHaveLength(1);
      expect(messageCreates(fake)).toHaveLength(created);
      expect(fake.state.threads).toHaveLength(1);
      expect(await b!.store.schedules.getClaim(schedule.id, SLOT)).toMatchObject({ state: 'delivered', attempts: 2 });
      expect(await b!.store.conversations.articleForThread(`discord:${messageId}`)).toBe(articleId);
    });
  });
}

describeReplicas('SQLite', () => ({
  async open(now) {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-replicas-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'newsbrief.db');
    const first = openAsyncSqliteStore({ path, now });
    return [first, openAsyncSqliteStore({ path, now })];
  },
}));

const postgres = useTestDatabase();

let schema = '';
describeReplicas('PostgreSQL', () => ({
  async open(now) {
    schema = postgres().freshSchema();
    const first = await openPostgresStore({ url: postgres().url, schema, now, poolSize: 2 });
    return [first, await openPostgresStore({ url: postgres().url, schema, now, poolSize: 2 })];
  },
  passDatabaseTime: (ms) => passDatabaseTime(postgres().url, schema, ms),
}));
