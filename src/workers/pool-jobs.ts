import type { Analysis, ArticleMeta } from '../core/analysis-types';
import type { WhoInput, WhoIsWho } from '../core/who-is-who';
import type { ExtractedArticle } from '../ingest/extract-article';
import type { HtmlArticle } from '../ingest/html-to-text';
import type { ParsedArticleFile } from '../ingest/parse-article-file';
import type { ParsedFeed } from '../ingest/read-feed';
import type { JobHeap } from './job-heap-meter';

/** What the worker threads can do: the CPU-heavy steps of ingest, each a plain function. */
export interface PoolJobs {
  analyze: (text: string, meta?: ArticleMeta) => Analysis;
  extractArticle: (html: string, pageUrl: string) => ExtractedArticle;
  htmlToText: (html: string) => HtmlArticle;
  readFeed: (xml: string, feedUrl: string) => ParsedFeed;
  parseArticleFile: (path: string, raw: string, zone: string) => ParsedArticleFile | { error: string };
  /** A brief's who is who, from what it reads of the stored analysis: up to a second of CPU on a long story. */
  whoIsWho: (input: WhoInput) => WhoIsWho;
}

export type PoolJobName = keyof PoolJobs;

export interface PoolRequest {
  id: number;
  job: PoolJobName;
  args: unknown[];
}

/** An error crosses the thread as data; FetchError keeps its code so messages stay the user's. */
export interface PoolFailure {
  name: string;
  message: string;
  code?: string;
}

/** Every answer carries what the job did to the worker's heap, so the pool can recycle a large one. */
export type PoolResponse =
  | ({ id: number; ok: true; value: unknown } & JobHeap)
  | ({ id: number; ok: false; error: PoolFailure } & JobHeap)
  | { ready: true };
