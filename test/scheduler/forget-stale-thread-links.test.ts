import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { silentLogger } from '../../src/logging/create-logger';
import { forgetStaleThreadLinks } from '../../src/scheduler/forget-stale-thread-links';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import { useTestDatabase } from '../support/shared-postgres';
import { fakeClock } from './scheduler-fixture';

const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-thread-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();

let opened = 0;
const stores: Record<string, (now: () => Date) => Promise<AsyncStore>> = {
  SQLite: async (now) => openAsyncSqliteStore({ path: join(dir, `links-${++opened}.db`), now }),
  PostgreSQL: (now) => openPostgresStore({ url: database().url, schema: database().freshSchema(), now }),
};

/** The scheduler's tidy as start-up and 04:17 run it, with links kept for 30 silent days. */
function tidyAfter30Days(store: AsyncStore, now: () => Date) {
  return forgetStaleThreadLinks({ conversations: store.conversations, now, silentDays: 30, logger: silentLogger() });
}

/** An app on a fresh `name` store at a fake clock, closed after `body`. */
async function withApp(
  name: string,
  body: (t: {
    clock: ReturnType<typeof fakeClock>;
    store: AsyncStore;
    app: ReturnType<typeof createNewsbriefApp>;
    text: string;
  }) => Promise<void>,
) {
  const clock = fakeClock('2026-03-02T09:00:00Z');
  const store = await stores[name]!(clock.now);
  try {
    const app = createNewsbriefApp({ store, logger: silentLogger(), now: clock.now });
    await body({ clock, store, app, text: readFileSync(FLYNN_SAMPLE, 'utf8') });
  } finally {
    await store.close();
  }
}

describe.each(Object.keys(stores))('forgetting the thread links of deleted stories on %s', (name) => {
  it('forgets a deleted story’s link once its thread is silent for the set days, and no other', async () => {
    await withApp(name, async ({ clock, store, app, text }) => {
      const kept = (await app.ingest({ source: 'a', title: 'Flynn', text })).article.id;
      const gone = (await app.ingest({ source: 'b', title: 'Other', text: `${text}\nA later paragraph.` })).article.id;
      await app.conversations.linkThread('t:live', kept);
      await app.conversations.linkThread('t:quiet', gone);
      await app.conversations.linkThread('t:asked', gone);
      await store.articles.remove(gone);

      // 20 days on, someone asks in one thread of the deleted story: that thread is active again.
      clock.advance(20 * DAY);
      expect(await app.conversations.articleForThread('t:asked')).toBe(gone);
      const tidy = () => tidyAfter30Days(store, clock.now);

      clock.advance(9 * DAY);
      expect(await tidy()).toBe(0);
      clock.advance(2 * DAY);
      expect(await tidy()).toBe(1);
      expect(await store.conversations.articleForThread('t:quiet')).toBeUndefined();
      expect(await store.conversations.articleForThread('t:asked')).toBe(gone);
      expect(await store.conversations.articleForThread('t:live')).toBe(kept);

      clock.advance(20 * DAY);
      expect(await tidy()).toBe(1);
      expect(await store.conversations.articleForThread('t:asked')).toBeUndefined();
      // A live story's thread is never forgotten, however quiet.
      expect(await store.conversations.articleForThread('t:live')).toBe(kept);
    });
  });

  it('counts a deleted story’s silence from the deletion, not from a link made long before', async () => {
    await withApp(name, async ({ clock, store, app, text }) => {
      const gone = (await app.ingest({ source: 'a', title: 'Flynn', text })).article.id;
      await app.conversations.linkThread('t:old', gone);
      const tidy = () => tidyAfter30Days(store, clock.now);

      // Linked 40 days ago and quiet since; the story is deleted today.
      clock.advance(40 * DAY);
      await store.articles.remove(gone);
      expect(await tidy()).toBe(0);
      expect(await store.conversations.articleForThread('t:old')).toBe(gone);
      clock.advance(29 * DAY);
      expect(await tidy()).toBe(0);
      expect(await store.conversations.articleForThread('t:old')).toBe(gone);
      clock.advance(2 * DAY);
      expect(await tidy()).toBe(1);
      expect(await store.conversations.articleForThread('t:old')).toBeUndefined();
    });
  });
});
