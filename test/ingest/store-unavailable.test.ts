import { describe, expect, it } from 'vitest';
import { storeDamaged, storeUnavailable } from '../../src/ingest/store-unavailable';

const failure = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('storeUnavailable', () => {
  it('is true when the store could not be reached or written', () => {
    expect(storeUnavailable(failure('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(storeUnavailable(failure('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(storeUnavailable(failure('Connection terminated unexpectedly'))).toBe(true);
    expect(storeUnavailable(failure('could not extend file: No space left on device', '53100'))).toBe(true);
    expect(storeUnavailable(failure('database is locked', 'SQLITE_BUSY'))).toBe(true);
    expect(storeUnavailable(failure('disk I/O error', 'SQLITE_IOERR_WRITE'))).toBe(true);
  });

  it('is false for a failure of the article or of the code', () => {
    expect(storeUnavailable(failure('UNIQUE constraint failed: articles.source', 'SQLITE_CONSTRAINT_UNIQUE'))).toBe(
      false,
    );
    expect(storeUnavailable(failure('invalid byte sequence for encoding "UTF8": 0x00', '22021'))).toBe(false);
    expect(storeUnavailable(new TypeError("Cannot read properties of undefined (reading 'length')"))).toBe(false);
    expect(storeUnavailable('connection refused')).toBe(false);
  });

  it('is false for a damaged or foreign database file, which no retry brings back (storeDamaged says so)', () => {
    const corrupt = failure('database disk image is malformed', 'SQLITE_CORRUPT');
    const foreign = failure('file is not a database', 'SQLITE_NOTADB');
    expect([storeUnavailable(corrupt), storeUnavailable(foreign)]).toEqual([false, false]);
    expect([storeDamaged(corrupt), storeDamaged(foreign)]).toEqual([true, true]);
    expect(storeDamaged(failure('database is locked', 'SQLITE_BUSY'))).toBe(false);
  });
});
