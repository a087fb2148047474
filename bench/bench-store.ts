import { statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, EXTRACTIVE_ENGINE_VERSION } from '../src/core/analyze-article';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { loadBbcArticles, seededRandom, syntheticArticles } from './bbc-corpus';
import { measureBriefLatency } from './bench-brief-latency';
import type { Benchmark } from './bench-types';

const ARTICLES = 10_000;
const QUERIES = 400;
const BRIEF_P95_TARGET_MS = 20;

/**
 * Fills a temp SQLite file with 10,000 synthetic articles the way ingest does (analyse, then one
 * transaction per article with its entity names and cached analysis), then times /brief on it.
 */
export const benchStore: Benchmark = async ({ tmpDir, log }) => {
  const corpus = loadBbcArticles();
  const path = join(tmpDir, 'bench-store.db');
  const store = openSqliteStore({ path });
  const engineKey = `extractive@${EXTRACTIVE_ENGINE_VERSION}`;
  const titles: string[] = [];
  let analyseNs = 0n;
  let storeNs = 0n;
  let n = 0;
  for (const article of syntheticArticles(corpus, ARTICLES)) {
    const t0 = process.hrtime.bigint();
    const analysis = analyzeArticle(article.text, { source: 'bench' });
    const t1 = process.hrtime.bigint();
    store.articles.add(
      { source: `bench/${n}.txt`, title: analysis.title || article.title, text: article.text },
      { entityNames: analysis.entities.map((e) => e.name), analysis: { engineKey, analysis } },
    );
    storeNs += process.hrtime.bigint() - t1;
    analyseNs += t1 - t0;
    titles.push(article.title);
    if (++n % 2000 === 0) log(`store: ${n} articles stored`);
  }
  const storeRate = ARTICLES / (Number(storeNs) / 1e9);
  const endToEndRate = ARTICLES / (Number(storeNs + analyseNs) / 1e9);
  const latency = await measureBriefLatency(store, briefQueries(titles, QUERIES));
  store.close();
  const mb = (statSync(path).size / (1024 * 1024)).toFixed(0);
  return [
    {
      name: 'ingest into SQLite (store only, 1 txn/article)',
      value: `${Math.round(storeRate)} articles/s`,
      note: `${ARTICLES} articles with entity names + cached analysis; db ${mb} MB`,
    },
    { name: 'ingest end-to-end (analyse + store)', value: `${Math.round(endToEndRate)} articles/s` },
    { name: `brief latency p50 (${ARTICLES} articles)`, value: `${latency.p50.toFixed(2)} ms`, note: 'search + cached analysis + render (console)' },
    {
      name: `brief latency p95 (${ARTICLES} articles)`,
      value: `${latency.p95.toFixed(2)} ms`,
      target: `<= ${BRIEF_P95_TARGET_MS} ms`,
      ok: latency.p95 <= BRIEF_P95_TARGET_MS,
      note: `${latency.total} queries, ${latency.found} found; max ${latency.max.toFixed(1)} ms`,
    },
  ];
};

/**
 * What reporters type: one or two distinctive words from a headline, some with a typo that
 * finds nothing (the "did you mean" path).
 */
function briefQueries(titles: readonly string[], count: number): string[] {
  const random = seededRandom(7);
  const queries: string[] = [];
  while (queries.length < count) {
    const words = (titles[Math.floor(random() * titles.length)]!.match(/[A-Za-z]{4,}/g) ?? []);
    if (words.length === 0) continue;
    const first = words[Math.floor(random() * words.length)]!;
    const roll = random();
    if (roll < 0.1) queries.push(`${first}qx`);
    else if (roll < 0.5 && words.length > 1) queries.push(`${first} ${words[Math.floor(random() * words.length)]!}`);
    else queries.push(first.toLowerCase());
  }
  return queries;
}
