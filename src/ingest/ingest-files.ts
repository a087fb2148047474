import type { AddArticleResult, NewArticle } from '../store/article-repository';
import { articleTextProblem } from './article-text-problem';
import { listArticleFiles } from './list-article-files';
import type { ParsedArticleFile } from './parse-article-file';

type ParseArticleFile = (
  path: string,
  raw: string,
) => Promise<ParsedArticleFile | { error: string }> | ParsedArticleFile | { error: string };

import { readTextFile } from './read-text-file';
import { storeDamaged, storeUnavailable } from './store-unavailable';

/** Stores one article, analysed, in one transaction: `app.ingest`, the one way in for every source. */
export type IngestArticle = (article: NewArticle) => Promise<AddArticleResult>;

export interface IngestFilesOptions {
  /** Files and folders; folders are searched recursively. */
  paths: readonly string[];
  /** Larger files are refused before they are read. */
  maxBytes: number;
  ingest: IngestArticle;
  /**
   * Title and body from a file's text: the runtime's (Runtime.parse.articleFile), in the worker pool (HTML parsing
   * is CPU work) and with the zone the config read once (NEWSBRIEF_TZ, for a front matter's time), for the bot and
   * the CLI alike.
   */
  parse: ParseArticleFile;
  onProgress?: (progress: { done: number; total: number; result: IngestFileResult }) => void;
}

export interface IngestFileResult {
  path: string;
  ok: boolean;
  outcome?: AddArticleResult['outcome'];
  /** Stored already, by an older engine: its analysis and search names were redone. */
  refreshed?: boolean;
  /** True for files passed over on purpose (unsupported type); `error` says why. */
  skipped?: boolean;
  /** True when the file was fine but the store could not be reached or written: try it again later. */
  storeUnavailable?: boolean;
  /** True when the file was fine but the database file is damaged or not newsbrief's: no retry helps until it is fixed. */
  storeDamaged?: boolean;
  articleId?: number;
  title?: string;
  error?: string;
  /** Stored, but something the file said was left out: the front matter's date that could be day or month first. */
  note?: string;
  /** Double-encoded characters ("Ã§" for "ç") ingest repaired before storing (see repairedWarning). */
  repaired?: number;
}

export interface IngestFilesReport {
  results: IngestFileResult[];
  counts: { created: number; updated: number; unchanged: number; skipped: number; failed: number };
}

/**
 * Ingests article files one by one. A bad file gets its own clear error and the run goes on;
 * each article is written in one transaction, so a failure never leaves half an article.
 */
export async function ingestFiles(options: IngestFilesOptions): Promise<IngestFilesReport> {
  const listed = await listArticleFiles(options.paths);
  const results: IngestFileResult[] = [];
  for (const item of listed) {
    const result =
      item.kind === 'file'
        ? await ingestOne(item.path, options)
        : { path: item.path, ok: false, ...(item.kind === 'skipped' ? { skipped: true } : {}), error: item.reason };
    results.push(result);
    options.onProgress?.({ done: results.length, total: listed.length, result });
  }
  const counts = { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const r of results) {
    if (r.outcome) counts[r.outcome]++;
    else if (r.skipped) counts.skipped++;
    else counts.failed++;
  }
  return { results, counts };
}

async function ingestOne(path: string, options: IngestFilesOptions): Promise<IngestFileResult> {
  const read = await readTextFile(path, options.maxBytes);
  if (!read.ok) return { path, ok: false, error: read.error };
  let parsed: Awaited<ReturnType<ParseArticleFile>>;
  try {
    parsed = await options.parse(path, read.text);
  } catch (error) {
    return { path, ok: false, error: `could not read: ${error instanceof Error ? error.message : String(error)}` };
  }
  if ('error' in parsed) return { path, ok: false, error: parsed.error };
  const problem = parsed.textProblem ?? articleTextProblem(parsed.text);
  if (problem) return { path, ok: false, error: problem };
  try {
    const { article, outcome, refreshed, repaired } = await options.ingest({
      source: path,
      title: parsed.title,
      text: parsed.text,
      byline: parsed.byline,
      publishedAt: parsed.publishedAt,
    });
    return {
      path,
      ok: true,
      outcome,
      articleId: article.id,
      title: article.title,
      ...(refreshed ? { refreshed } : {}),
      ...(parsed.note ? { note: parsed.note } : {}),
      ...(repaired ? { repaired } : {}),
    };
  } catch (error) {
    return {
      path,
      ok: false,
      error: `could not analyse or store: ${error instanceof Error ? error.message : String(error)}`,
      ...(storeUnavailable(error) ? { storeUnavailable: true } : {}),
      ...(storeDamaged(error) ? { storeDamaged: true } : {}),
    };
  }
}
