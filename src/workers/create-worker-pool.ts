import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { FetchError, type FetchErrorCode } from '../ingest/fetch-error';
import { projectPath } from '../project-path';
import type { JobHeap } from './job-heap-meter';
import type { PoolFailure, PoolJobName, PoolJobs, PoolRequest, PoolResponse } from './pool-jobs';

// node:worker_threads loads when the first thread starts: most one-shot commands never start one.
let threads: typeof import('node:worker_threads') | undefined;
function workerThreads(): typeof import('node:worker_threads') {
  threads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return threads;
}

export interface WorkerPoolOptions {
  /** Worker threads (default 1: ingest must not take every core from the chat handlers). */
  size?: number;
  /** A job running longer than this is stopped (its thread is replaced) and fails. */
  jobTimeoutMs: number;
  /** Heap limit per worker, so one hostile input cannot take the process's memory. */
  maxHeapMb?: number;
  /**
   * A worker whose job held more than this much data at once (JobHeap.heldMb) is replaced by a
   * fresh one (default 8). On a warm thread a 1 MB article held 26 MB, 512 KB 13, 256 KB 9, a small
   * one under 2; the large ones leave the heap that much larger (58–62 MB committed after 1 MB)
   * until V8's next full collection. Ending the thread returns all of it at once, for ~0.3 s of
   * CPU off the event loop; a thread that serves small articles keeps its warm code.
   */
  recycleAboveHeldMb?: number;
  /**
   * A worker whose committed heap is larger than this after a job is replaced whatever the job
   * held (default 96): a slow leak over many jobs. One warmed by hundreds of small articles
   * commits 46–55 MB (its compiled code ~15, the rest V8's collection cycle).
   */
  recycleAboveHeapMb?: number;
  /** Told each time a worker is replaced for its heap (what its last job did to it). */
  onRecycle?: (heap: JobHeap) => void;
  /**
   * Run the built dist/pool-worker.js even when this code runs from source (tsx), for a caller
   * that knows dist/ is current: a thread that loads the bundle starts in ~0.3 s of CPU where one
   * compiling the sources through tsx takes ~1.5 s, and has no TypeScript loader inside (~35 MB).
   * The test suite builds dist/ before it runs, and passes this (test/support/capture-io.ts).
   * Default false: from source, the sources, which cannot be out of date.
   */
  bundledWorker?: boolean;
}

export interface WorkerPool {
  run<K extends PoolJobName>(job: K, ...args: Parameters<PoolJobs[K]>): Promise<ReturnType<PoolJobs[K]>>;
  /** A job given now would start at once: a thread is up and free, and nothing waits. */
  idle(): boolean;
  /** Stops the threads; jobs still queued or running fail. */
  close(): Promise<void>;
}

interface Pending {
  request: PoolRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its code and can take a job. */
  ready: boolean;
  busy?: { pending: Pending; timer: NodeJS.Timeout };
}

/**
 * A small pool of worker threads for the CPU-heavy steps of ingest (analysis, HTML extraction,
 * feed parsing), so a 1 MB article or a 5 MB feed never holds up a chat acknowledgement. Each job
 * has a time budget: past it the thread is terminated (the only way to stop synchronous code)
 * and a fresh one takes its place.
 */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const size = Math.max(1, options.size ?? 1);
  const recycleAboveHeldMb = options.recycleAboveHeldMb ?? 8;
  const recycleAboveHeapMb = options.recycleAboveHeapMb ?? 96;
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = new (workerThreads().Worker)(workerBootstrap(options.bundledWorker ?? false), {
      eval: true,
      // A small young generation: analysing a 1 MB article allocates short-lived objects by the
      // hundred megabytes, and V8's default (48 MB of semi-spaces) kept ~40 MB more resident
      // for no measurable speed. Under the launcher's --optimize-for-size the young generation stays
      // at its 1 MB start anyway; this limit is what holds it for `node dist/newsbrief.js`.
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512, maxYoungGenerationSizeMb: 2 },
    });
    // Idle workers must not keep a finished CLI command alive.
    worker.unref();
    const slot: Slot = { worker, ready: false };
    worker.on('message', (response: PoolResponse) => finish(slot, response));
    worker.on('error', (error) => fail(slot, error));
    worker.on('exit', (code) => {
      if (slot.busy) fail(slot, new Error(`the worker thread stopped (exit code ${code})`));
      // A thread that died by itself (out of memory) is replaced; a timed-out one already was.
      const at = slots.indexOf(slot);
      if (at !== -1 && !closed) slots[at] = spawn();
      pump();
    });
    return slot;
  }

  function finish(slot: Slot, response: PoolResponse): void {
    if ('ready' in response) {
      slot.ready = true;
      pump();
      return;
    }
    const busy = slot.busy;
    if (!busy || busy.pending.request.id !== response.id) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    slot.worker.unref();
    if (response.ok) busy.pending.resolve(response.value);
    else busy.pending.reject(toError(response.error));
    if (response.heldMb > recycleAboveHeldMb || response.heapMb > recycleAboveHeapMb) {
      // Retired first, replaced on exit (below): the old heap is gone before the new one grows.
      slot.ready = false;
      void slot.worker.terminate();
      options.onRecycle?.({ heapMb: response.heapMb, heldMb: response.heldMb });
    }
    pump();
  }

  function fail(slot: Slot, error: Error): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    busy.pending.reject(error);
  }

  /** A fresh thread takes the slot; the old one is terminated (its exit is then not a failure). */
  function replace(slot: Slot): void {
    const at = slots.indexOf(slot);
    if (at !== -1) slots[at] = spawn();
    void slot.worker.terminate();
  }

  function pump(): void {
    for (const slot of slots) {
      if (closed || queue.length === 0) return;
      if (slot.busy || !slot.ready) continue;
      const pending = queue.shift()!;
      const timer = setTimeout(() => {
        fail(slot, new PoolTimeoutError(pending.request, options.jobTimeoutMs));
        // Synchronous code cannot be interrupted: the thread is replaced at once and terminated.
        replace(slot);
        pump();
      }, options.jobTimeoutMs);
      slot.busy = { pending, timer };
      // A running job keeps the process alive until it is done, like any I/O.
      slot.worker.ref();
      slot.worker.postMessage(pending.request);
    }
  }

  return {
    run(job, ...args) {
      if (closed) return Promise.reject(new Error('the worker pool is closed'));
      // Threads start on first use: a one-shot command that never ingests never pays for them.
      while (slots.length < size) slots.push(spawn());
      return new Promise((resolve, reject) => {
        queue.push({ request: { id: nextId++, job, args }, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    idle() {
      return !closed && queue.length === 0 && slots.some((slot) => slot.ready && !slot.busy);
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error('the worker pool is closed'));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/** What a job does, said to the person who gave it the text. */
const JOB_WORDS: Record<PoolJobName, string> = {
  analyze: 'analysing this article',
  extractArticle: 'reading this page',
  htmlToText: 'reading this page',
  readFeed: 'reading this feed',
  parseArticleFile: 'reading this file',
  whoIsWho: 'listing who is who in this story',
};

/**
 * A job past its time budget, said so that the reader can act: how big the text was, the limit,
 * and the ways out (smaller parts for one over 1 MB, the setting that raises the limit). "Took longer than
 * 60 s" alone left a reporter with a 4 MB article retrying the same thing.
 */
export class PoolTimeoutError extends Error {
  override readonly name = 'PoolTimeoutError';
  constructor(request: Pick<PoolRequest, 'job' | 'args'>, ms: number) {
    const text = request.args[0];
    const mb = typeof text === 'string' ? Buffer.byteLength(text, 'utf8') / (1024 * 1024) : 0;
    // Sizes round up, so an article just over 1 MB never reads as "1.0 MB" beside "parts of 1 MB or less".
    const size = mb >= 1 ? ` (${Math.ceil(mb * 100) / 100} MB)` : mb >= 0.1 ? ` (${Math.ceil(mb * 1024)} KB)` : '';
    // Splitting helps only an article over 1 MB; a smaller one is told only of the setting.
    const split = request.job === 'analyze' && mb > 1 ? 'split it into parts of 1 MB or less and add each, or ' : '';
    super(
      `${JOB_WORDS[request.job]}${size} took longer than the ${ms / 1000} s limit: ${split}raise NEWSBRIEF_INGEST_TIMEOUT_SECONDS (in .env) and try again`,
    );
  }
}

function toError(failure: PoolFailure): Error {
  if (failure.name === 'FetchError' && failure.code)
    return new FetchError(failure.code as FetchErrorCode, failure.message);
  return Object.assign(new Error(failure.message), { name: failure.name });
}

/**
 * The worker's entry file: pool-worker.ts next to this one when running from source (tsx in
 * development and tests), dist/pool-worker.js once compiled. A TypeScript entry needs tsx's
 * loader inside the thread, registered before the entry is imported; resolved from here so it
 * does not depend on the working directory.
 */
function workerBootstrap(bundled: boolean): string {
  const fromSource = !bundled && import.meta.url.endsWith('.ts');
  // Bundled, this code sits in a chunk whose depth the bundler chooses; the worker is its own
  // entry at dist/pool-worker.js.
  const entry = fromSource
    ? new URL('./pool-worker.ts', import.meta.url).href
    : pathToFileURL(projectPath('dist', 'pool-worker.js')).href;
  if (!fromSource) return `import(${JSON.stringify(entry)});`;
  const tsx = tsxEsmApi();
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
}

/** tsx's ESM API (its CommonJS build cannot register the loader in a worker thread). */
function tsxEsmApi(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } | string }>;
  };
  const target = manifest.exports['./esm/api']?.import;
  const file = typeof target === 'string' ? target : (target?.default ?? './dist/esm/api/index.mjs');
  return pathToFileURL(join(dirname(manifestPath), file)).href;
}
