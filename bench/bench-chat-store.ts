import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNewsbriefApp } from '../src/app/create-newsbrief-app';
import type { NewsbriefApp } from '../src/app/newsbrief-app';
import { silentLogger } from '../src/logging/create-logger';
import type { AsyncStore } from '../src/store/async/async-store';
import { openAsyncSqliteStore } from '../src/store/async/open-async-sqlite-store';
import { BENCH_ARTICLES, ensureBenchStore } from './bench-store';
import { type BenchContext, percentile } from './bench-types';

const FLYNN = join(import.meta.dirname, '../../shared/samples/flynn-immunity.txt');
/** One query per this many stored headlines, besides "flynn". */
const QUERY_EVERY = 200;

export interface ChatBenchStore {
  store: AsyncStore;
  app: NewsbriefApp;
  /** "flynn" plus the first words of every 200th stored headline. */
  queries: string[];
}

/**
 * The run's shared 10,000-article store (analyses cached, as after ingest) with the Flynn story
 * added, for the chat-platform benchmarks. Re-ingesting Flynn is a no-op after the first run.
 */
export async function openChatBenchStore(context: BenchContext): Promise<ChatBenchStore> {
  const store = openAsyncSqliteStore({ path: await ensureBenchStore(context) });
  const app = createNewsbriefApp({ store, logger: silentLogger() });
  const flynn = readFileSync(FLYNN, 'utf8');
  await app.ingest({ source: 'flynn-immunity.txt', title: flynn.split('\n', 1)[0]!, text: flynn });
  const titles = (await store.articles.ingestedSince('')).map((h) => h.title);
  const queries = ['flynn'];
  for (let i = QUERY_EVERY; i < titles.length; i += QUERY_EVERY) {
    queries.push(
      titles[i]!.replace(/\(\d+\)$/, '')
        .split(/\s+/)
        .slice(0, 4)
        .join(' '),
    );
  }
  return { store, app, queries };
}

export interface ChatRun {
  /** Time to the platform's first answer (Slack ack, Discord deferral). */
  firstMs: number;
  /** Time to the posted brief (or the not-found reply). */
  replyMs: number;
  found: boolean;
}

export interface ChatLatency {
  first: { p50: number; p95: number };
  reply: { p50: number; p95: number };
  found: number;
  note: string;
}

/**
 * Warms up on every query once (analyses cached, JIT warm), then runs `commands` sequential
 * commands, every other one "flynn", and reports p50/p95 of both timings.
 */
export async function measureChatLatency(
  queries: readonly string[],
  commands: number,
  run: (query: string) => Promise<ChatRun>,
): Promise<ChatLatency> {
  for (const query of queries) await run(query);
  const firsts: number[] = [];
  const replies: number[] = [];
  let found = 0;
  for (let i = 0; i < commands; i++) {
    const r = await run(i % 2 === 0 ? 'flynn' : queries[i % queries.length]!);
    firsts.push(r.firstMs);
    replies.push(r.replyMs);
    if (r.found) found++;
  }
  firsts.sort((a, b) => a - b);
  replies.sort((a, b) => a - b);
  const p = (sorted: number[]) => ({ p50: percentile(sorted, 50), p95: percentile(sorted, 95) });
  return {
    first: p(firsts),
    reply: p(replies),
    found,
    note: `${commands} sequential commands over loopback, ${BENCH_ARTICLES.toLocaleString('en')} articles, ${found} briefs`,
  };
}

export function formatP50P95({ p50, p95 }: { p50: number; p95: number }): string {
  return `${p50.toFixed(1)} ms / ${p95.toFixed(1)} ms`;
}
