import type { Analysis, ArticleMeta } from '../core/analysis-types';
import { articleTooShort } from '../core/article-length';
import type { AddArticleResult, ArticleDerived } from '../store/article-repository';
import type { Store } from '../store/store';
import { listArticleFiles } from './list-article-files';
import { parseArticleFile } from './parse-article-file';
import { readTextFile } from './read-text-file';

/** Analyses an article before it is stored (an AnalysisEngine's `analyze` fits). */
export type AnalyzeForIngest = (
  text: string,
  meta: ArticleMeta,
) => Promise<{ analysis: Analysis; cacheKey?: string }> | { analysis: Analysis; cacheKey?: string };

export interface IngestFilesOptions {
  /** Files and folders; folders are searched recursively. */
  paths: readonly string[];
  store: Store;
  /** Larger files are refused before they are read. */
  maxBytes: number;
  /**
   * When given, each article is analysed before it is written, and the article, its entity
   * names (for search) and the cached analysis are stored in one transaction; the title becomes
   * the analysis's cleaned headline. Without it, only the article is stored.
   */
  analyze?: AnalyzeForIngest;
  onProgress?: (progress: { done: number; total: number; result: IngestFileResult }) => void;
}

export interface IngestFileResult {
  path: string;
  ok: boolean;
  outcome?: AddArticleResult['outcome'];
  /** True for files passed over on purpose (unsupported type); `error` says why. */
  skipped?: boolean;
  articleId?: number;
  title?: string;
  error?: string;
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
  const parsed = parseArticleFile(path, read.text);
  if ('error' in parsed) return { path, ok: false, error: parsed.error };
  const short = articleTooShort(parsed.text);
  if (short) return { path, ok: false, error: `too short to be an article: ${short}` };
  try {
    let derived: ArticleDerived | undefined;
    let title = parsed.title;
    if (options.analyze) {
      const meta: ArticleMeta = { source: path, ...(parsed.publishedAt ? { publishedAt: parsed.publishedAt } : {}) };
      const { analysis, cacheKey } = await options.analyze(parsed.text, meta);
      title = analysis.title.trim() || title;
      derived = {
        entityNames: analysis.entities.map((e) => e.name),
        ...(cacheKey ? { analysis: { engineKey: cacheKey, analysis } } : {}),
      };
    }
    const { article, outcome } = options.store.articles.add(
      { source: path, title, text: parsed.text, byline: parsed.byline, publishedAt: parsed.publishedAt },
      derived,
    );
    return { path, ok: true, outcome, articleId: article.id, title: article.title };
  } catch (error) {
    return {
      path,
      ok: false,
      error: `could not analyse or store: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
