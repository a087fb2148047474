import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze-article';
import { isHtmlSource } from '../ingest/html-source';
import { parseTextFile } from '../ingest/parse-text-file';
import { jobHeapMeter } from './job-heap-meter';
import type { PoolJobName, PoolJobs, PoolRequest, PoolResponse } from './pool-jobs';

/**
 * Each job's function, loaded on first use (the module cache makes later loads free). The DOM and
 * feed libraries cost the thread ~25 MB resident, which a bot that only analyses dropped text
 * files never needs, and a fresh thread replaces a large one after a 1 MB article, so what the
 * thread loads at start it pays again each time. Analysis, every ingest's job, loads at start.
 */
const jobs: { [K in PoolJobName]: (...args: Parameters<PoolJobs[K]>) => Promise<PoolJobs[K]> | PoolJobs[K] } = {
  analyze: () => analyzeArticle,
  extractArticle: async () => (await import('../ingest/extract-article')).extractArticle,
  htmlToText: async () => (await import('../ingest/html-to-text')).htmlToText,
  readFeed: async () => (await import('../ingest/read-feed')).readFeed,
  // The article-text check runs here too, so ingest's main thread does not spend it on a large file.
  parseArticleFile: async (path, raw) => {
    const parse = isHtmlSource(path, raw)
      ? (await import('../ingest/parse-article-file')).parseArticleFile
      : parseTextFile;
    const { withTextProblem } = await import('../ingest/with-text-problem');
    return (...args: Parameters<PoolJobs['parseArticleFile']>) => withTextProblem(parse(...args));
  },
  whoIsWho: async () => (await import('../core/who-is-who')).whoIsWho,
};

// Made after the analysis code has loaded: the thread's data at that point is what it keeps.
const meter = jobHeapMeter();

/** The worker thread's side of the pool: runs one job at a time and posts the result back. */
parentPort?.on('message', async (request: PoolRequest) => {
  let response: PoolResponse;
  meter.start();
  try {
    const load = jobs[request.job] as (...args: unknown[]) => Promise<unknown> | unknown;
    const run = (await load(...request.args)) as (...args: unknown[]) => unknown;
    const value = run(...request.args);
    response = { id: request.id, ok: true, value, ...meter.stop() };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const code = (error as { code?: unknown }).code;
    response = {
      id: request.id,
      ok: false,
      ...meter.stop(),
      error: { name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) },
    };
  }
  parentPort?.postMessage(response);
});
// Loaded: the pool starts a job's time budget only from here, not while the code loads.
parentPort?.postMessage({ ready: true });
