import type Database from 'better-sqlite3';
import { type OpenSqliteStoreOptions, openSqliteDatabase } from '../sqlite/open-sqlite-store';
import { createSqliteArticleRepository } from '../sqlite/sqlite-article-repository';
import { createSqliteConversationRepository } from '../sqlite/sqlite-conversation-repository';
import { createSqliteFeedRepository } from '../sqlite/sqlite-feed-repository';
import { createSqliteLlmCacheRepository } from '../sqlite/sqlite-llm-cache-repository';
import { createSqlitePostSlots } from '../sqlite/sqlite-post-slots';
import { createSqliteScheduleRepository } from '../sqlite/sqlite-schedule-repository';
import type { AsyncRepositories, AsyncStore } from './async-store';
import { promiseRepository, type SyncRunner } from './promise-repository';

/**
 * The SQLite store behind the asynchronous contract. better-sqlite3 stays synchronous inside:
 * each call runs at once, except while a `transaction` holds the connection, when calls from
 * outside it wait for it to finish (they would otherwise land inside it).
 */
export function openAsyncSqliteStore(options: OpenSqliteStoreOptions): AsyncStore {
  const { db, readonly } = openSqliteDatabase(options);
  let busy: Promise<void> | null = null;
  const afterTransactions: SyncRunner = async (call) => {
    while (busy) await busy;
    return call();
  };
  const direct: SyncRunner = async (call) => call();
  const outside = bindRepositories(db, options.now, readonly, afterTransactions);
  const inside = bindRepositories(db, options.now, readonly, direct);

  return {
    kind: 'sqlite',
    readOnly: readonly,
    ...outside,
    async transaction(work) {
      while (busy) await busy;
      let release!: () => void;
      busy = new Promise((resolve) => (release = resolve));
      try {
        // IMMEDIATE takes the write lock now, as the repositories' own transactions do.
        db.exec('BEGIN IMMEDIATE');
        const result = await work(inside);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        busy = null;
        release();
      }
    },
    ping: () => afterTransactions(() => void db.prepare('SELECT 1').get()),
    async close() {
      while (busy) await busy;
      if (db.open) db.close();
    },
  };
}

function bindRepositories(
  db: Database.Database,
  now: (() => Date) | undefined,
  readonly: boolean,
  run: SyncRunner,
): AsyncRepositories {
  const feeds = createSqliteFeedRepository(db, { now });
  const leaseDue = db.prepare('UPDATE feeds SET next_poll_at = ? WHERE id = ?');
  const leaseDueForPoll = db.transaction((leaseMs: number, limit = 50, exceptIds: readonly number[] = []) => {
    // One machine, one clock: the store's (PostgreSQL uses its own).
    const nowIso = (now ?? (() => new Date()))().toISOString();
    const leaseUntilIso = new Date(Date.parse(nowIso) + leaseMs).toISOString();
    // At most exceptIds.length of the first due feeds are excepted: the rest fill the batch.
    const except = new Set(exceptIds);
    const due = feeds
      .dueAt(nowIso, limit + except.size)
      .filter((feed) => !except.has(feed.id))
      .slice(0, limit);
    for (const feed of due) leaseDue.run(leaseUntilIso, feed.id);
    return due;
  });
  return {
    articles: promiseRepository(createSqliteArticleRepository(db, { now, readonly }), run),
    conversations: promiseRepository(createSqliteConversationRepository(db, { now }), run),
    llmCache: promiseRepository(createSqliteLlmCacheRepository(db), run),
    schedules: promiseRepository(createSqliteScheduleRepository(db, { now }), run),
    feeds: {
      ...promiseRepository(feeds, run),
      leaseDueForPoll: (leaseMs, limit, exceptIds) => run(() => leaseDueForPoll.immediate(leaseMs, limit, exceptIds)),
    },
    postSlots: promiseRepository(createSqlitePostSlots(db), run),
  };
}
