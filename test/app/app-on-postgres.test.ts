import { beforeAll } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';
import { describeAppMainPaths } from './app-main-paths';
import { describeAuthorshipPaths } from './authorship-paths';
import { describeSameStoryPaths } from './same-story-paths';

let database: TestDatabase;
let schema = '';
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);

// A schema per test; a peer is a second pool on it: another replica on the shared database.
describeAppMainPaths('PostgreSQL', {
  async fresh({ now }) {
    schema = database.freshSchema();
    return openPostgresStore({ url: database.url, schema, now, poolSize: 4 });
  },
  async peer({ now }) {
    return openPostgresStore({ url: database.url, schema, now, poolSize: 4 });
  },
});

describeSameStoryPaths('PostgreSQL', async () =>
  openPostgresStore({ url: database.url, schema: database.freshSchema(), poolSize: 2 }),
);

describeAuthorshipPaths('PostgreSQL', async () =>
  openPostgresStore({ url: database.url, schema: database.freshSchema(), poolSize: 2 }),
);
