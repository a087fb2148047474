import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // SQLite files and loopback servers are per test file; forks keep native handles isolated.
    pool: 'forks',
    // A PostgreSQL server for the store tests, started only when a test file asks for it.
    globalSetup: ['test/support/postgres-global-setup.ts'],
  },
});
