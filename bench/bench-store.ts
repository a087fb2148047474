import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractiveEngineKey } from '../src/app/extractive-engine-key';
import { analyzeArticle } from '../src/core/analyze-article';
import { openAsyncSqliteStore } from '../src/store/async/open-async-sqlite-store';
import { loadBbcArticles, syntheticArticles } from './bbc-corpus';
import type { BenchContext, Benchmark } from './bench-types';

export const BENCH_ARTICLES = 10_000;

export interface FillStats {
  path: string;
  analyseSeconds: number;
  storeSeconds: number;
}

/** Where the 10,000-article store lives, shared by the benchmarks of one run. */
export function benchStorePath(tmpDir: string): string {
  return join(tmpDir, 'bench-10k.db');
}

/**
 * Fills a SQLite file with 10,000 synthetic articles the way ingest does: analyse, then one
 * transaction per article with its entity names and cached analysis.
 */
export async function fillBenchStore({ tmpDir, log }: BenchContext): Promise<FillStats> {
  const path = benchStorePath(tmpDir);
  const store = openAsyncSqliteStore({ path });
  const engineKey = extractiveEngineKey();
  let analyseNs = 0n;
  let storeNs = 0n;
  let n = 0;
  try {
    for (const article of syntheticArticles(loadBbcArticles(), BENCH_ARTICLES)) {
      const t0 = process.hrtime.bigint();
      const analysis = analyzeArticle(article.text, { source: 'bench' });
      const t1 = process.hrtime.bigint();
      await store.articles.add(
        { source: `bench/${n}.txt`, title: analysis.title || article.title, text: article.text },
        { entityNames: analysis.entities.map((e) => e.name), analysis: { engineKey, analysis } },
      );
      storeNs += process.hrtime.bigint() - t1;
      analyseNs += t1 - t0;
      if (++n % 2500 === 0) log(`store: ${n} articles stored`);
    }
  } finally {
    await store.close();
  }
  return { path, analyseSeconds: Number(analyseNs) / 1e9, storeSeconds: Number(storeNs) / 1e9 };
}

/** Opens the run's 10,000-article store, filling it first if no earlier benchmark did. */
export async function ensureBenchStore(context: BenchContext): Promise<string> {
  const path = benchStorePath(context.tmpDir);
  return existsSync(path) ? path : (await fillBenchStore(context)).path;
}

/** Ingest throughput into SQLite: store only, and end to end with the analysis. */
export const benchStore: Benchmark = async (context) => {
  const { path, analyseSeconds, storeSeconds } = await fillBenchStore(context);
  const mb = (statSync(path).size / (1024 * 1024)).toFixed(0);
  return [
    {
      name: 'ingest into SQLite (store only, 1 txn/article)',
      value: `${Math.round(BENCH_ARTICLES / storeSeconds)} articles/s`,
      note: `${BENCH_ARTICLES} articles with entity names + cached analysis; db ${mb} MB`,
    },
    {
      name: 'ingest end-to-end (analyse + store)',
      value: `${Math.round(BENCH_ARTICLES / (storeSeconds + analyseSeconds))} articles/s`,
    },
  ];
};
