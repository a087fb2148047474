import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { describeAsyncStoreContract } from './async-store-contract';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-async-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
let path = '';

// A file per test (WAL), so a peer is a second connection as another process would have.
describeAsyncStoreContract('SQLite through the adapter', {
  async fresh({ now }) {
    path = join(dir, `store-${++files}.db`);
    return openAsyncSqliteStore({ path, now });
  },
  async peer({ now }) {
    return openAsyncSqliteStore({ path, now });
  },
});
