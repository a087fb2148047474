import { analyzeArticle } from '../src/core/analyze-article';
import { loadBbcArticles } from './bbc-corpus';
import type { Benchmark, BenchRow } from './bench-types';

const MIN_SECONDS = 3;
const TARGET = 300;

/** analyzeArticle over all 100 BBC articles, repeated for at least 3 s, on this one thread. */
export const benchAnalysis: Benchmark = async ({ log }) => {
  const corpus = loadBbcArticles();
  for (const article of corpus) analyzeArticle(article.text); // warm-up: JIT, lazily built tables
  let articles = 0;
  let sentences = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < MIN_SECONDS) {
    for (const article of corpus) sentences += analyzeArticle(article.text).sentences.length;
    articles += corpus.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const rate = articles / elapsed;
  log(`analysis: ${articles} articles (${sentences} sentences) in ${elapsed.toFixed(2)} s`);
  const row: BenchRow = {
    name: 'analysis throughput (100 BBC articles, 1 core)',
    value: `${Math.round(rate)} articles/s`,
    target: `>= ${TARGET} articles/s`,
    ok: rate >= TARGET,
    note: `${(1000 / rate).toFixed(2)} ms/article`,
  };
  return [row];
};
