import { beforeAll } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { passDatabaseTime } from '../support/pass-database-time';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';
import { describeAsyncStoreContract } from './async-store-contract';

let database: TestDatabase;
let schema = '';
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);

// A schema per test: a fresh, empty store; a peer is a second pool on it (another replica).
describeAsyncStoreContract('PostgreSQL', {
  async fresh({ now }) {
    schema = database.freshSchema();
    return openPostgresStore({ url: database.url, schema, now, poolSize: 4 });
  },
  async peer({ now }) {
    return openPostgresStore({ url: database.url, schema, now, poolSize: 4 });
  },
  passDatabaseTime: (ms) => passDatabaseTime(database.url, schema, ms),
});
