import { seededRandom } from '../src/eval/seeded-random';
import { openAsyncSqliteStore } from '../src/store/async/open-async-sqlite-store';
import { measureBriefLatency } from './bench-brief-latency';
import { BENCH_ARTICLES, ensureBenchStore } from './bench-store';
import type { Benchmark } from './bench-types';

const QUERIES = 400;
const P95_TARGET_MS = 20;

/**
 * `/brief` latency on 10,000 stored articles, in a fresh process that only serves briefs
 * (as the bot does once `newsbrief ingest` has filled the store).
 */
export const benchBrief: Benchmark = async (context) => {
  const store = openAsyncSqliteStore({ path: await ensureBenchStore(context) });
  try {
    const titles = (await store.articles.ingestedSince('')).map((h) => h.title);
    const latency = await measureBriefLatency(store, briefQueries(titles, QUERIES));
    return [
      {
        name: `brief latency p50 (${BENCH_ARTICLES} articles)`,
        value: `${latency.p50.toFixed(2)} ms`,
        note: 'search + cached analysis + console render',
      },
      {
        name: `brief latency p95 (${BENCH_ARTICLES} articles)`,
        value: `${latency.p95.toFixed(2)} ms`,
        target: `<= ${P95_TARGET_MS} ms`,
        ok: latency.p95 <= P95_TARGET_MS,
        note: `${latency.total} queries, ${latency.found} found; max ${latency.max.toFixed(1)} ms`,
      },
    ];
  } finally {
    await store.close();
  }
};

/**
 * What reporters type: one or two words from a headline, 10% with a typo that finds nothing
 * (the "did you mean" path).
 */
export function briefQueries(titles: readonly string[], count: number): string[] {
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const queries: string[] = [];
  while (queries.length < count) {
    const words = pick(titles).match(/[A-Za-z]{4,}/g) ?? [];
    if (words.length === 0) continue;
    const first = pick(words);
    const roll = random();
    if (roll < 0.1) queries.push(`${first}qx`);
    else if (roll < 0.5 && words.length > 1) queries.push(`${first} ${pick(words)}`);
    else queries.push(first.toLowerCase());
  }
  return queries;
}
