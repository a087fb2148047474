import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase, SQLITE_BUSY_TIMEOUT_MS } from '../../src/store/sqlite/open-sqlite-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-busy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const busyTimeout = (options: Parameters<typeof openSqliteDatabase>[0]) => {
  const { db } = openSqliteDatabase(options);
  try {
    return db.pragma('busy_timeout', { simple: true });
  } finally {
    db.close();
  }
};

describe('the SQLite busy timeout', () => {
  it('is 5 s unless a caller sets it, as production (open-configured-store) opens the store', () => {
    // Lowering this default would make a replica's write fail while another process ingests.
    expect(SQLITE_BUSY_TIMEOUT_MS).toBe(5000);
    expect(busyTimeout({ path: join(dir, 'default.db') })).toBe(5000);
  });

  it('is what a test of a locked store sets, so it need not wait 5 s for SQLITE_BUSY', () => {
    expect(busyTimeout({ path: join(dir, 'low.db'), busyTimeoutMs: 100 })).toBe(100);
  });
});
