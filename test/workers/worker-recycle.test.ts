import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPoolOptions } from '../../src/workers/create-worker-pool';
import type { JobHeap } from '../../src/workers/job-heap-meter';
import { bbcBodies } from './big-prose';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A pool of the built worker that records each replacement for the heap. */
function recordingPool(options: Partial<WorkerPoolOptions> = {}) {
  const recycled: JobHeap[] = [];
  const pool = createWorkerPool({
    jobTimeoutMs: 120_000,
    bundledWorker: true,
    ...options,
    onRecycle: (heap) => recycled.push(heap),
  });
  cleanup.push(() => pool.close());
  return { pool, recycled };
}

/** Articles of newsroom size (the BBC bodies, 1–5 KB each) under headlines of their own. */
function smallArticles(count: number): string[] {
  return bbcBodies()
    .slice(0, count)
    .map((body, i) => `Story ${i + 1} of the day\n\n${body}`);
}

describe('the ingest worker’s recycling', () => {
  // The thread used to be retired for its committed heap above 24 MB, which one small article's
  // analysis already leaves (24–26 MB): every ingest paid a new thread and a cold JIT.
  it('serves many small articles on one thread', async () => {
    const { pool, recycled } = recordingPool();
    const articles = smallArticles(24);
    expect(articles).toHaveLength(24);
    for (const text of articles) expect((await pool.run('analyze', text)).sentences.length).toBeGreaterThan(3);
    expect(recycled).toEqual([]);
  }, 300_000);

  it('still replaces a thread whose heap passes the ceiling, whatever its last job held', async () => {
    const { pool, recycled } = recordingPool({ recycleAboveHeapMb: 16 });
    const [first, second] = smallArticles(2);
    await pool.run('analyze', first!);
    await pool.run('analyze', second!);
    expect(recycled).toHaveLength(2);
    for (const heap of recycled) {
      expect(heap.heapMb).toBeGreaterThan(16);
      expect(heap.heldMb).toBeLessThan(8);
    }
  }, 120_000);
});
