import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze-article';
import { extractArticle } from '../ingest/extract-article';
import { htmlToText } from '../ingest/html-to-text';
import { parseArticleFile } from '../ingest/parse-article-file';
import { readFeed } from '../ingest/read-feed';
import type { PoolJobs, PoolRequest, PoolResponse } from './pool-jobs';

/** This thread's heap, committed: what it costs the process's RSS. */
const heapMb = () => getHeapStatistics().total_heap_size / (1024 * 1024);

/** The worker thread's side of the pool: runs one job at a time and posts the result back. */
const jobs: PoolJobs = {
  analyze: (text, meta) => analyzeArticle(text, meta),
  extractArticle: (html, pageUrl) => extractArticle(html, pageUrl),
  htmlToText: (html) => htmlToText(html),
  readFeed: (xml, feedUrl) => readFeed(xml, feedUrl),
  parseArticleFile: (path, raw) => parseArticleFile(path, raw),
};

parentPort?.on('message', (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    const run = jobs[request.job] as (...args: unknown[]) => unknown;
    response = { id: request.id, ok: true, value: run(...request.args), heapMb: heapMb() };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const code = (error as { code?: unknown }).code;
    response = {
      id: request.id,
      ok: false,
      heapMb: heapMb(),
      error: { name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) },
    };
  }
  parentPort?.postMessage(response);
});
// Loaded: the pool starts a job's time budget only from here, not while the code loads.
parentPort?.postMessage({ ready: true });
