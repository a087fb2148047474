import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { describeAppMainPaths } from './app-main-paths';
import { describeAuthorshipPaths } from './authorship-paths';
import { describeSameStoryPaths } from './same-story-paths';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-app-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
let current: AsyncStore | undefined;

// A file per test. The peer app shares the one connection: a second better-sqlite3 connection in
// the same process would block the event loop waiting for the first one's lock (the driver is
// synchronous). Two processes on one file are tested in test/scheduler/two-processes.test.ts.
describeAppMainPaths('SQLite', {
  async fresh({ now }) {
    current = openAsyncSqliteStore({ path: join(dir, `app-${++files}.db`), now });
    return current;
  },
  async peer() {
    if (!current) throw new Error('fresh() first');
    return current;
  },
});

describeSameStoryPaths('SQLite', async () => openAsyncSqliteStore({ path: join(dir, `same-${++files}.db`) }));

describeAuthorshipPaths('SQLite', async () => openAsyncSqliteStore({ path: join(dir, `byline-${++files}.db`) }));
