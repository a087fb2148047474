import { isConnectionError } from '../store/postgres/postgres-errors';

// SQLite's own "the database cannot be used right now" codes (extended codes such as
// SQLITE_IOERR_WRITE share their primary's prefix): the store's problem, not the article's.
const SQLITE_STORE_CODES = /^SQLITE_(?:BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|PERM|NOTADB|CORRUPT)/;

/**
 * True when storing failed because the store could not be reached or written (PostgreSQL
 * restarting, a refused connection, a full disk, a locked or read-only SQLite file): the same
 * article may well be stored on a later try. False for failures of the article itself.
 */
export function storeUnavailable(error: unknown): boolean {
  if (isConnectionError(error)) return true;
  // pg's SQLSTATE class 53: the server ran out of disk, memory or connections.
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return code.startsWith('53') || SQLITE_STORE_CODES.test(code);
}
