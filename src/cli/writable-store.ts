import type { Runtime } from '../main';
import { StoreFileError } from '../store/sqlite/open-database-file';

/**
 * Refuses a read-only SQLite file for a command whose work is writing to it (`ingest`, `start`).
 * Opened read-only it serves briefs, so nothing failed at open; each write then failed as "the
 * store is unavailable, try again later" (ingest's exit 75, the chat's "add it again in a
 * minute"), advice no wait makes true, and the bot ran on, leaving thread questions unanswered.
 * One line up front instead (exit 2), naming the file and the fix.
 */
export function writableStore(runtime: Pick<Runtime, 'store' | 'database'>, doing: string): void {
  if (!runtime.store.readOnly) return;
  throw new StoreFileError(
    `Cannot use the database file ${runtime.database}: it is read-only (the file, or its folder), and ${doing} in it. ` +
      'Make it writable by this user, or set NEWSBRIEF_DB to a writable file.',
  );
}
