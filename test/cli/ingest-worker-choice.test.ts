import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import type { WorkerPoolOptions } from '../../src/workers/create-worker-pool';
import { captureIo } from '../support/capture-io';

// Which worker an in-process command's ingest threads run is the caller's choice, passed as an
// option: the product reads no test variable from its environment to decide it.
const made = vi.hoisted(() => [] as WorkerPoolOptions[]);
vi.mock('../../src/workers/create-worker-pool', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/workers/create-worker-pool')>();
  return {
    ...original,
    createWorkerPool: (options: WorkerPoolOptions) => {
      made.push(options);
      return original.createWorkerPool(options);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-worker-choice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sample = join(import.meta.dirname, '../../samples/harbour-ferry-contract.txt');

it('ingests with the built worker when the caller asks for it, whatever the environment says', async () => {
  const asked = captureIo({ NEWSBRIEF_DB: join(dir, 'asked.db'), NEWSBRIEF_LOG_LEVEL: 'silent' });
  expect(await runCli(['ingest', sample], asked)).toBe(0);
  expect(made.map((options) => options.bundledWorker)).toEqual([true]);

  // Not asked: a variable in the environment does not choose it any more (it is no setting at all).
  const notAsked = { ...captureIo({ NEWSBRIEF_DB: join(dir, 'other.db') }), bundledWorker: undefined };
  notAsked.env.NEWSBRIEF_BUILT_POOL_WORKER = '1';
  expect(await runCli(['ingest', sample], notAsked)).toBe(2);
  expect(notAsked.err()).toMatch(/NEWSBRIEF_BUILT_POOL_WORKER: is not a newsbrief setting/);
  expect(made).toHaveLength(1);
}, 60_000);
