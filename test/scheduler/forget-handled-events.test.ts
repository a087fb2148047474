import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createConversationUseCases } from '../../src/app/conversation-use-cases';
import { silentLogger } from '../../src/logging/create-logger';
import { dailyTidy } from '../../src/scheduler/daily-tidy';
import { forgetHandledEvents, HANDLED_EVENT_DAYS } from '../../src/scheduler/forget-handled-events';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { useTestDatabase } from '../support/shared-postgres';
import { fakeClock } from './scheduler-fixture';

const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-handled-events-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();

let opened = 0;
const stores: Record<string, (now: () => Date) => Promise<AsyncStore>> = {
  SQLite: async (now) => openAsyncSqliteStore({ path: join(dir, `events-${++opened}.db`), now }),
  PostgreSQL: (now) => openPostgresStore({ url: database().url, schema: database().freshSchema(), now }),
};

describe.each(Object.keys(stores))('forgetting handled events on %s', (name) => {
  it('forgets only events older than the retention; a redelivery inside it is still refused', async () => {
    const clock = fakeClock('2026-03-02T09:00:00Z');
    const store = await stores[name]!(clock.now);
    try {
      const events = createConversationUseCases(store);
      const tidy = () =>
        dailyTidy({ conversations: store.conversations, now: clock.now, threadLinkDays: 30, logger: silentLogger() });
      expect(HANDLED_EVENT_DAYS).toBeGreaterThanOrEqual(2);

      expect(await events.claimEvent(['slack:event:Ev1', 'slack:message:C1:1.000'])).toBe(true);
      clock.advance((HANDLED_EVENT_DAYS - 1) * DAY);
      expect(await events.claimEvent(['slack:event:Ev2', 'slack:message:C1:2.000'])).toBe(true);

      // A day past the retention for the first event, a day inside it for the second.
      clock.advance(2 * DAY);
      await tidy();
      expect(await events.claimEvent(['slack:event:Ev2'])).toBe(false);
      expect(await events.claimEvent(['slack:message:C1:2.000'])).toBe(false);
      // The first event's keys went: the record no longer grows with every event ever seen.
      expect(await store.conversations.markEventHandled('slack:event:Ev1')).toBe(true);
      clock.advance(HANDLED_EVENT_DAYS * DAY);
      await tidy();
      expect(await events.claimEvent(['slack:message:C1:2.000'])).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('forgets a backlog in bounded batches, letting other work run between them', async () => {
    const clock = fakeClock('2026-03-02T09:00:00Z');
    const store = await stores[name]!(clock.now);
    try {
      for (let i = 0; i < 25; i++) await store.conversations.markEventHandled(`slack:event:Old${i}`);
      clock.advance((HANDLED_EVENT_DAYS + 1) * DAY);
      await store.conversations.markEventHandled('slack:event:Recent');
      const cut = new Date(clock.now().getTime() - HANDLED_EVENT_DAYS * DAY).toISOString();

      // One statement forgets no more than it is asked to.
      expect(await store.conversations.pruneHandledEvents(cut, 10)).toBe(10);

      // The statements the tidy-up makes, passed on to the store as they are.
      const removed: number[] = [];
      let started = 0;
      const conversations = {
        pruneHandledEvents: async (before: string, limit: number) => {
          started++;
          const n = await store.conversations.pruneHandledEvents(before, limit);
          removed.push(n);
          return n;
        },
      };
      let batchesBeforeOtherWork: number | undefined;
      setImmediate(() => (batchesBeforeOtherWork = started));
      const forgotten = await forgetHandledEvents({
        conversations,
        now: clock.now,
        logger: silentLogger(),
        batchSize: 4,
      });
      expect(forgotten).toBe(15);
      expect(removed).toEqual([4, 4, 4, 3]);
      // Work queued when the tidy-up began ran before its last batch started.
      expect(batchesBeforeOtherWork).toBeGreaterThanOrEqual(1);
      expect(batchesBeforeOtherWork).toBeLessThan(removed.length);

      expect(await store.conversations.markEventHandled('slack:event:Old3')).toBe(true);
      expect(await store.conversations.markEventHandled('slack:event:Recent')).toBe(false);
    } finally {
      await store.close();
    }
  });
});
