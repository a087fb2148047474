import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Test folders whose code never reads the wall clock: the pure engine (text in, analysis out), its
 * evaluation and its trainers. CI's second run, with the clock 400 days ahead, runs only the `product`
 * and `product-isolated` projects, because the date cannot change what these compute;
 * test/ci/clock-free-tests.test.ts follows every import of their tests and fails if one reads the clock.
 */
export const CLOCK_FREE_TEST_FOLDERS = ['test/core', 'test/eval', 'test/train'];

/**
 * Product tests that replace a module with `vi.mock`: a mock only takes effect in a module graph
 * that has not loaded the real module yet, so these run in a fresh process each
 * (`product-isolated`); test/ci/module-mocking-tests.test.ts fails if another test mocks a module.
 */
export const MODULE_MOCKING_TESTS = [
  'test/cli/ingest-worker-choice.test.ts',
  'test/commands/whole-story-who.test.ts',
  'test/commands/answer-features-pronoun-once.test.ts',
  'test/commands/speaker-candidates-per-name.test.ts',
  'test/commands/hoisted-patterns-s50.test.ts',
  'test/store/content-hash-once.test.ts',
];

const PRODUCT: TestProjectInlineConfiguration['test'] = {
  // SQLite files and loopback servers are per test file; forks keep native handles out of vitest's own process.
  pool: 'forks',
  // Tests that spawn the CLI run dist/newsbrief.js: build-cli builds it from the current sources
  // first. A PostgreSQL server for the store tests starts only when a test file asks for it.
  // That build is current, so in-process commands run their ingest threads from it
  // (captureIo's bundledWorker); test/workers/worker-pool.test.ts checks the source entry against it.
  globalSetup: ['test/support/build-cli.ts', 'test/support/postgres-global-setup.ts'],
};

export default defineConfig({
  test: {
    // vitest's default is a worker per core minus one: ONE on the 2-core machines CI runs on, where the slow
    // product files mostly wait on spawned processes and the engine's files are pure CPU. Two workers there took
    // the whole suite from 551 s to 303 s on an idle machine (session 54, all green); larger machines keep the default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          include: CLOCK_FREE_TEST_FOLDERS.map((folder) => `${folder}/**/*.test.ts`),
          // Pure code holds no state between files, so one module graph per worker serves them all:
          // re-importing the engine and its learned data for each file was most of these tests' time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          ...PRODUCT,
          name: 'product',
          include: ['test/**/*.test.ts'],
          exclude: [
            ...configDefaults.exclude,
            ...CLOCK_FREE_TEST_FOLDERS.map((folder) => `${folder}/**`),
            ...MODULE_MOCKING_TESTS,
          ],
          // One process reuses its module graph (discord.js, Bolt, pg, the engine) across files:
          // importing them afresh for each of ~170 files was most of this project's time. Each file
          // closes what it opens (stores, servers, children) and restores what it changes.
          isolate: false,
          // What a test may change for the next file in the same process, put back after every test by vitest
          // itself rather than by each file's discipline (review s27 B-ci27-2).
          restoreMocks: true,
          unstubEnvs: true,
          unstubGlobals: true,
        },
      },
      {
        extends: true,
        test: { ...PRODUCT, name: 'product-isolated', include: MODULE_MOCKING_TESTS },
      },
    ],
  },
});
