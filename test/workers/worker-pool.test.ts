import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { FetchError } from '../../src/ingest/fetch-error';
import { silentLogger } from '../../src/logging/create-logger';
import { createRuntime, type Runtime } from '../../src/main';
import { createWorkerPool, PoolTimeoutError, type WorkerPool } from '../../src/workers/create-worker-pool';
import type { JobHeap } from '../../src/workers/job-heap-meter';
import { whoIsWhoOffThread } from '../../src/workers/who-is-who-off-thread';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import { bigProse } from './big-prose';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A pool of the built worker (the global setup built it); the sources' is compared with it below. */
function pool(jobTimeoutMs = 120_000, onRecycle?: (heap: JobHeap) => void): WorkerPool {
  const p = createWorkerPool({ jobTimeoutMs, bundledWorker: true, ...(onRecycle ? { onRecycle } : {}) });
  cleanup.push(() => p.close());
  return p;
}

/**
 * Runs `job` and measures the event loop meanwhile: when a timer set as the job starts fired,
 * and the longest the loop was blocked. Bounds are relative to the job's own duration, never
 * absolute wall-clock limits.
 */
async function whileRunning<T>(
  job: () => Promise<T>,
): Promise<{ value: T; jobMs: number; timerMs: number; maxDelayMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  let timerMs = Number.POSITIVE_INFINITY;
  const timer = setTimeout(() => {
    timerMs = performance.now() - started;
  }, 20);
  const value = await job();
  const jobMs = performance.now() - started;
  clearTimeout(timer);
  delay.disable();
  return { value, jobMs, timerMs, maxDelayMs: delay.max / 1e6 };
}

describe('the ingest worker pool', () => {
  // One 1 MB analysis serves both checks (responsive loop, then the heap recycle): each was a minute of CPU on CI.
  it('analyses a 1 MB article while the event loop stays responsive, then replaces the worker left with a large heap, and the next job runs on the fresh one', async () => {
    const recycled: JobHeap[] = [];
    const p = pool(120_000, (heap) => recycled.push(heap));
    const small = 'Small story\n\n"We will appeal," said Ann Lee, the council leader.';
    // The small jobs also warm the thread up: it has loaded the analysis code before the timed job.
    for (let i = 0; i < 3; i++) await p.run('analyze', `${small} ${i}`);
    expect(recycled).toEqual([]);
    const { value, jobMs, timerMs, maxDelayMs } = await whileRunning(() => p.run('analyze', bigProse(1024 * 1024)));
    expect(value.sentences.length).toBeGreaterThan(5_000);
    expect(timerMs).toBeLessThan(jobMs / 4);
    expect(maxDelayMs).toBeLessThan(jobMs / 4);
    expect(recycled).toHaveLength(1);
    // Replaced for what the job held (the heap ceiling for a slow leak is far above one article's).
    expect(recycled[0]!.heldMb).toBeGreaterThan(8);
    expect(recycled[0]!.heapMb).toBeLessThan(96);
    const after = await p.run('analyze', small);
    expect(after.quotes[0]?.speaker).toBe('Ann Lee');
    expect(recycled).toHaveLength(1);
  }, 300_000);

  it('parses a 5 MB feed off the event loop, and of a 34,000-item one only the first 200 items', async () => {
    const item = (i: number, words: number) =>
      `<item><title>Story ${i}</title><link>https://news.example/s/${i}</link><guid>s-${i}</guid><description>${'Words of the story summary. '.repeat(words)}</description></item>`;
    const rss = (items: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;
    const p = pool();
    await p.run('htmlToText', '<p>warm up</p>');
    const heavy = rss(Array.from({ length: 200 }, (_, i) => item(i, 900)).join(''));
    expect(heavy.length).toBeGreaterThan(4_800_000);
    const { value, jobMs, timerMs } = await whileRunning(() => p.run('readFeed', heavy, 'https://news.example/rss'));
    expect(value.entries).toHaveLength(200);
    expect(timerMs).toBeLessThan(jobMs / 2);

    const many = rss(Array.from({ length: 34_000 }, (_, i) => item(i, 4)).join(''));
    const feed = await p.run('readFeed', many, 'https://news.example/rss');
    expect(feed.entries).toHaveLength(200);
    expect(feed.entries.map((e) => e.key)).toContain('s-199');
    expect(feed.entries.map((e) => e.key)).not.toContain('s-200');
  }, 300_000);

  it('stops a job past its time budget and keeps working with a fresh thread', async () => {
    const p = pool(200);
    await expect(p.run('analyze', bigProse(1024 * 1024))).rejects.toBeInstanceOf(PoolTimeoutError);
    const small = await p.run('analyze', 'Ferry contract signed\n\nThe council signed the ferry contract on Monday.');
    expect(small.sentences.length).toBeGreaterThan(0);
  }, 120_000);

  it('runs the built dist/pool-worker.js or the sources (through tsx), with the same results', async () => {
    const built = createWorkerPool({ jobTimeoutMs: 60_000, bundledWorker: true });
    const source = createWorkerPool({ jobTimeoutMs: 60_000, bundledWorker: false });
    cleanup.push(
      () => built.close(),
      () => source.close(),
    );
    const text = 'Ferry contract signed\n\nThe council signed the ferry contract on Monday.';
    expect(await built.run('analyze', text)).toEqual(await source.run('analyze', text));
  }, 60_000);

  it('makes a brief’s who is who in the worker, the same list as on this thread', async () => {
    const analysis = analyzeArticle(readFileSync(FLYNN_SAMPLE, 'utf8'));
    expect(await pool().run('whoIsWho', analysis)).toEqual(whoIsWho(analysis));
  });

  it('makes a brief’s who is who on this thread while the pool is busy with ingest, so the brief does not wait', async () => {
    const analysis = analyzeArticle(readFileSync(FLYNN_SAMPLE, 'utf8'));
    const p = pool();
    await p.run('analyze', 'Warm up\n\nThe worker thread starts and loads the analysis code once.');
    const jobs: string[] = [];
    const counted = {
      idle: () => p.idle(),
      run: ((job, ...args) => {
        jobs.push(job);
        return p.run(job, ...args);
      }) as WorkerPool['run'],
    };
    const make = whoIsWhoOffThread(counted);
    // Idle: the worker makes it, the same list as this thread would.
    expect(await make(analysis)).toEqual(whoIsWho(analysis));
    expect(jobs).toEqual(['whoIsWho']);
    // A long ingest job in the one thread: who is who is made here, and is ready before that job ends.
    let ingestDone = false;
    const ingest = counted.run('analyze', bigProse(512 * 1024)).then(() => {
      ingestDone = true;
    });
    expect(p.idle()).toBe(false);
    expect(await make(analysis)).toEqual(whoIsWho(analysis));
    expect(ingestDone).toBe(false);
    expect(jobs).toEqual(['whoIsWho', 'analyze']);
    // Still queued or running (neither done nor failed): closing the pool stops it, rather than analysing the
    // rest for nothing. Queued when the who is who job left a large heap and its thread is being replaced.
    expect(p.idle()).toBe(false);
    const stopped = expect(ingest).rejects.toThrow(/^the worker (thread stopped|pool is closed)/);
    await p.close();
    await stopped;
    expect(ingestDone).toBe(false);
  }, 300_000);

  it('passes a FetchError back with its code and message', async () => {
    const error = await pool()
      .run('extractArticle', '', 'https://news.example/empty')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe('no_article');
    expect((error as FetchError).message).toMatch(/^No article found at https:\/\/news\.example\/empty/);
  }, 60_000);
});

describe('the bot runtime', () => {
  it('reads a dropped .html file in the pool, with the same refusals as on this thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-pool-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const runtime = await createRuntime(loadConfig({ NEWSBRIEF_DB: join(dir, 'newsbrief.db') }), {
      logger: silentLogger(),
      bundledWorker: true,
    });
    cleanup.push(() => runtime.close());
    const deep = `<html><body>${'<div>'.repeat(8_000)}<p>Deep.</p>${'</div>'.repeat(8_000)}</body></html>`;
    expect(await runtime.parse.articleFile('deep.html', deep)).toEqual({
      error: expect.stringMatching(/nests elements more than \d+ deep/),
    });
    const page =
      '<html><head><title>Ferry deal</title></head><body><article><p>The council signed it.</p></article></body></html>';
    expect(await runtime.parse.articleFile('ferry.html', page)).toMatchObject({ title: 'Ferry deal' });
  }, 60_000);

  it('ingests a 1 MB article in the pool: a timer set meanwhile fires long before it is stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-pool-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const runtime: Runtime = await createRuntime(loadConfig({ NEWSBRIEF_DB: join(dir, 'newsbrief.db') }), {
      logger: silentLogger(),
      bundledWorker: true,
    });
    cleanup.push(() => runtime.close());
    await runtime.app.ingest({ source: 'warm-up', title: 'Warm up', text: 'Warm up\n\nThe worker starts once.' });
    const { value, jobMs, timerMs, maxDelayMs } = await whileRunning(() =>
      runtime.app.ingest({ source: 'big.txt', title: 'Big', text: bigProse(1024 * 1024) }),
    );
    expect(value.outcome).toBe('created');
    expect(timerMs).toBeLessThan(jobMs / 4);
    expect(maxDelayMs).toBeLessThan(jobMs / 2);
  }, 300_000);
});
