import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { TOUCH_INTERVAL_MS } from '../../src/store/thread-touch-cutoff';
import { fakeClock } from '../scheduler/scheduler-fixture';
import { useTestDatabase } from '../support/shared-postgres';

const MINUTE = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-touch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();

let opened = 0;
/** Two connections to one new store (two replicas), each on the given clock. */
const replicaPairs: Record<string, (now: () => Date) => Promise<[AsyncStore, AsyncStore]>> = {
  SQLite: async (now) => {
    const path = join(dir, `touch-${++opened}.db`);
    const first = await openAsyncSqliteStore({ path, now });
    return [first, await openAsyncSqliteStore({ path, now })];
  },
  PostgreSQL: async (now) => {
    const schema = database().freshSchema();
    const first = await openPostgresStore({ url: database().url, schema, now });
    return [first, await openPostgresStore({ url: database().url, schema, now })];
  },
};

describe.each(Object.keys(replicaPairs))('touching a thread on %s', (name) => {
  it('writes the last-activity time at most once an interval, across replicas, and never loses a touch', async () => {
    const clock = fakeClock('2026-03-02T09:00:00Z');
    const [a, b] = await replicaPairs[name]!(clock.now);
    try {
      const { article } = await a.articles.add({ source: 's', title: 'Ferry', text: 'The ferry sails at noon.' });
      await a.conversations.linkThread('slack:C1:1.0', article.id);
      // Deleted: the link is kept until the thread has been silent, which the touches measure.
      await a.articles.remove(article.id);
      expect(TOUCH_INTERVAL_MS).toBeLessThanOrEqual(86_400_000 / 4);

      // A busy thread: a message every minute, alternating between replicas; a write lands once
      // the stored time is more than an interval old, so at minutes 61, 122 and 183.
      let writes = 0;
      const minutes = (3 * TOUCH_INTERVAL_MS) / MINUTE + 3;
      for (let i = 0; i < minutes; i++) {
        clock.advance(MINUTE);
        if (await (i % 2 ? b : a).conversations.touchThread('slack:C1:1.0')) writes++;
      }
      expect(writes).toBe(3);

      // Both replicas get the first message after a quiet spell at once: one of them writes.
      clock.advance(TOUCH_INTERVAL_MS + MINUTE);
      const both = await Promise.all([
        a.conversations.touchThread('slack:C1:1.0'),
        b.conversations.touchThread('slack:C1:1.0'),
      ]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect(await a.conversations.touchThread('slack:unlinked:2.0')).toBe(false);

      // The stored time stays within an interval of the thread's last message.
      clock.advance(30 * MINUTE);
      await b.conversations.touchThread('slack:C1:1.0');
      const lastMessage = clock.now().getTime();
      clock.advance(40 * 86_400_000);
      expect(await a.conversations.pruneThreadLinks(new Date(lastMessage - TOUCH_INTERVAL_MS).toISOString())).toBe(0);
      expect(await b.conversations.articleForThread('slack:C1:1.0')).toBe(article.id);
      expect(await a.conversations.pruneThreadLinks(new Date(lastMessage + 1).toISOString())).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
