import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // SQLite files and loopback servers are per test file; forks keep native handles isolated.
    pool: 'forks',
    // Tests that spawn the CLI run dist/newsbrief.js: build-cli builds it from the current sources
    // first. A PostgreSQL server for the store tests starts only when a test file asks for it.
    globalSetup: ['test/support/build-cli.ts', 'test/support/postgres-global-setup.ts'],
  },
});
