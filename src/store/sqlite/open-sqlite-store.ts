import { applyMigrations, assertMigrated, type Migration } from './migrations';
import { describeStoreFileError, type OpenedDatabase, openDatabaseFile } from './open-database-file';
import { articleMigrations } from './sqlite-article-repository';
import { conversationMigrations } from './sqlite-conversation-repository';
import { feedMigrations } from './sqlite-feed-repository';
import { llmCacheMigrations } from './sqlite-llm-cache-repository';
import { postSlotMigrations } from './sqlite-post-slots';
import { scheduleMigrations } from './sqlite-schedule-repository';

export interface OpenSqliteStoreOptions {
  /** File path, or ':memory:' for a private in-memory store. */
  path: string;
  /** Applied after the built-in migrations (tests, experiments). */
  extraMigrations?: readonly Migration[];
  /** Clock for ingested/updated/handled times (tests inject one). */
  now?: () => Date;
  /**
   * How long a write waits for another process's lock before SQLITE_BUSY; SQLITE_BUSY_TIMEOUT_MS
   * unless set. Tests of a locked store set it low: they would otherwise wait the full default.
   */
  busyTimeoutMs?: number;
}

/** Long enough for another process's write transaction (an ingest, a migration) to finish. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Every repository's migrations; to add a repository, append its array here. */
export const sqliteMigrations: readonly Migration[] = [
  ...articleMigrations,
  ...conversationMigrations,
  ...llmCacheMigrations,
  ...scheduleMigrations,
  ...feedMigrations,
  ...postSlotMigrations,
];

/**
 * Opens (creating if needed) the database file with the store's pragmas and applies every
 * migration; shared by the asynchronous store (src/store/async) and export/import.
 */
export function openSqliteDatabase(options: Omit<OpenSqliteStoreOptions, 'now'>): OpenedDatabase {
  const memory = options.path === ':memory:';
  const { db, readonly } = openDatabaseFile(options.path);
  const all = [...sqliteMigrations, ...(options.extraMigrations ?? [])];
  try {
    // busy_timeout first: the WAL switch itself needs a lock another process may hold.
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS)}`);
    if (readonly) {
      assertMigrated(db, all, options.path);
    } else {
      if (!memory) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      applyMigrations(db, all);
    }
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw describeStoreFileError(options.path, err) ?? err;
  }
  return { db, readonly };
}
