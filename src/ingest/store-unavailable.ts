import { isConnectionError } from '../store/postgres/postgres-errors';

// SQLite's own "the database cannot be used right now" codes (extended codes such as
// SQLITE_IOERR_WRITE share their primary's prefix): the store's problem, not the article's.
const SQLITE_STORE_CODES = /^SQLITE_(?:BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|PERM)/;

// A damaged file, or one that is not an SQLite database: no retry brings it back, the operator must.
const SQLITE_DAMAGED_CODES = /^SQLITE_(?:NOTADB|CORRUPT)/;

/**
 * True when storing failed because the store could not be reached or written (PostgreSQL
 * restarting, a refused connection, a full disk, a locked or read-only SQLite file): the same
 * article may well be stored on a later try. False for failures of the article itself, and for a
 * damaged database file (`storeDamaged`), which a later try finds just as damaged.
 */
export function storeUnavailable(error: unknown): boolean {
  if (isConnectionError(error)) return true;
  // pg's SQLSTATE class 53: the server ran out of disk, memory or connections.
  const code = errorCode(error);
  return code.startsWith('53') || SQLITE_STORE_CODES.test(code);
}

/** True when the SQLite file is damaged or is not a database: the store's fault, for the operator to fix. */
export function storeDamaged(error: unknown): boolean {
  return SQLITE_DAMAGED_CODES.test(errorCode(error));
}

const errorCode = (error: unknown) => (error instanceof Error && 'code' in error ? String(error.code) : '');
