import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { extractiveEngineKey } from '../src/app/extractive-engine-key';
import { analyzeArticle } from '../src/core/analyze-article';
import type { AsyncStore } from '../src/store/async/async-store';
import { openAsyncSqliteStore } from '../src/store/async/open-async-sqlite-store';
import { contentHash } from '../src/store/content-hash';
import { openPostgresStore } from '../src/store/postgres/open-postgres-store';
import { postgresOptionsFromEnv } from '../src/store/postgres/postgres-options-from-env';
import { openTableStore } from '../src/store/transfer/open-table-store';
import type { StoreLocation } from '../src/store/transfer/store-location';
import { transferTables } from '../src/store/transfer/transfer-tables';
import { startPostgresCluster } from '../test/support/postgres-cluster';
import { loadBbcArticles, syntheticArticles } from './bbc-corpus';
import { briefQueries } from './bench-brief';
import { type BenchContext, type Benchmark, type BenchRow, percentile } from './bench-types';

// Scale of issue 16: 100,000 stored articles (NEWSBRIEF_BENCH_ARTICLES for a quicker run).
const TOTAL = Number(process.env.NEWSBRIEF_BENCH_ARTICLES ?? 100_000);
// Ingested one by one through the store, as ingest does (analysis, entity names, cached analysis).
const INGESTED = Math.min(2_000, TOTAL);
const QUERIES = 400;
const INGEST_TARGET = 300;
const P95_TARGET_MS = 20;

interface Target {
  name: string;
  location: StoreLocation;
  open: () => Promise<AsyncStore>;
  close: () => Promise<void>;
  /** CPU milliseconds the database server has used so far, when it is a local one. */
  serverCpuMs?: () => number;
  /**
   * Settles the tables before the searches (VACUUM ANALYZE): otherwise the searches read
   * whatever of the bulk load's GIN pending list autovacuum has not merged yet, which varies from run to run.
   */
  settle?: () => Promise<void>;
}

/**
 * The asynchronous store at the issue's scale, on SQLite (through the adapter) and PostgreSQL:
 * ingest rate end to end, then brief-path search latency (search, "did you mean" on a miss, the
 * cached analysis of the top story) with 100,000 stored. PostgreSQL is NEWSBRIEF_DATABASE_URL
 * (a throwaway schema in it) or, when unset, a throwaway local server.
 */
export const benchAsyncStore: Benchmark = async (context) => {
  const rows: BenchRow[] = [];
  // NEWSBRIEF_BENCH_STORES=postgres runs PostgreSQL alone (alternated runs of its ingest).
  const only = process.env.NEWSBRIEF_BENCH_STORES;
  const targets =
    only === 'postgres' ? [await postgresTarget(context)] : [sqliteTarget(context), await postgresTarget(context)];
  for (const target of targets) {
    try {
      rows.push(...(await benchTarget(target, context)));
    } finally {
      await target.close();
    }
  }
  return rows;
};

async function benchTarget(target: Target, { log }: BenchContext): Promise<BenchRow[]> {
  const store = await target.open();
  const engineKey = extractiveEngineKey();
  const articles = syntheticArticles(loadBbcArticles(), TOTAL);
  const titles: string[] = [];
  let analyseMs = 0;
  let storeMs = 0;
  let clientCpuUs = 0;
  const serverAtStart = target.serverCpuMs?.();
  for (let n = 0; n < INGESTED; n++) {
    const article = articles.next().value!;
    const t0 = performance.now();
    const analysis = analyzeArticle(article.text, { source: 'bench' });
    const t1 = performance.now();
    const cpu = process.cpuUsage();
    await store.articles.add(
      { source: `bench/${n}.txt`, title: analysis.title || article.title, text: article.text },
      { entityNames: analysis.entities.map((e) => e.name), analysis: { engineKey, analysis } },
    );
    storeMs += performance.now() - t1;
    const used = process.cpuUsage(cpu);
    clientCpuUs += used.user + used.system;
    analyseMs += t1 - t0;
    titles.push(article.title);
  }
  const serverMs = serverAtStart === undefined ? undefined : target.serverCpuMs!() - serverAtStart;
  await store.close();
  const perArticle = (ms: number) => `${(ms / INGESTED).toFixed(3)} ms`;
  const cpuNote = `store CPU per article: client ${perArticle(clientCpuUs / 1000)}${serverMs === undefined ? '' : `, server ${perArticle(serverMs)}`}`;
  log(`${target.name}: ${cpuNote}`);
  log(`${target.name}: ${INGESTED} ingested; bulk-loading to ${TOTAL}`);
  await bulkLoad(target.location, articles, INGESTED + 1, titles);
  await target.settle?.();

  const search = await target.open();
  try {
    const times: number[] = [];
    const searchServerAtStart = target.serverCpuMs?.();
    const searchCpu = process.cpuUsage();
    let found = 0;
    for (const query of briefQueries(titles, QUERIES)) {
      const start = performance.now();
      const hits = await search.articles.search(query);
      if (hits[0]) {
        found++;
        await search.articles.get(hits[0].id);
        await search.articles.getAnalysis(hits[0].id, engineKey);
      } else {
        await search.articles.suggest(query);
      }
      times.push(performance.now() - start);
    }
    const searchClientUs = process.cpuUsage(searchCpu);
    const perQuery = (ms: number) => `${(ms / QUERIES).toFixed(2)} ms`;
    const searchCpuNote = `CPU per query: client ${perQuery((searchClientUs.user + searchClientUs.system) / 1000)}${
      searchServerAtStart === undefined ? '' : `, server ${perQuery(target.serverCpuMs!() - searchServerAtStart)}`
    }`;
    log(`${target.name}: search ${searchCpuNote}`);
    times.sort((a, b) => a - b);
    const perSecond = (ms: number) => (INGESTED / (ms / 1000)).toFixed(0);
    const p95 = percentile(times, 95);
    return [
      {
        name: `async store ${target.name}: ingest end to end`,
        value: `${perSecond(analyseMs + storeMs)} articles/s`,
        target: `>= ${INGEST_TARGET} articles/s`,
        ok: INGESTED / ((analyseMs + storeMs) / 1000) >= INGEST_TARGET,
        note: `${INGESTED} articles, one transaction each; store only ${perSecond(storeMs)} articles/s; ${cpuNote}`,
      },
      {
        name: `async store ${target.name}: brief search p50 / p95 (${TOTAL} articles)`,
        value: `${percentile(times, 50).toFixed(2)} ms / ${p95.toFixed(2)} ms`,
        target: `p95 <= ${P95_TARGET_MS} ms`,
        ok: p95 <= P95_TARGET_MS,
        note: `${QUERIES} queries, ${found} found; search + article + cached analysis, suggest on a miss; ${searchCpuNote}`,
      },
    ];
  } finally {
    await search.close();
  }
}

/** The rest of the 100,000 through export/import's batched insert: far quicker than one by one. */
async function bulkLoad(
  location: StoreLocation,
  articles: Generator<{ title: string; text: string }>,
  firstId: number,
  titles: string[],
): Promise<void> {
  const table = transferTables.find((t) => t.name === 'articles')!;
  const at = new Date().toISOString();
  let id = firstId;
  async function* batches() {
    let rows: Record<string, unknown>[] = [];
    for (const article of articles) {
      if (titles.length < 20_000) titles.push(article.title);
      rows.push({
        id: id++,
        source: `bench/${id}.txt`,
        url: null,
        title: article.title,
        byline: null,
        content_hash: contentHash(article.text),
        published_at: null,
        ingested_at: at,
        updated_at: at,
        entity_names: '',
        text: article.text,
      });
      if (rows.length === 500) {
        yield { table, rows };
        rows = [];
      }
    }
    if (rows.length > 0) yield { table, rows };
  }
  const tables = await openTableStore(location);
  try {
    await tables.writeAll(batches());
  } finally {
    await tables.close();
  }
}

function sqliteTarget({ tmpDir }: BenchContext): Target {
  const path = join(tmpDir, 'bench-async-100k.db');
  return {
    name: 'SQLite',
    location: { kind: 'sqlite', path },
    open: async () => openAsyncSqliteStore({ path }),
    close: async () => undefined,
  };
}

/** NEWSBRIEF_DATABASE_URL (a throwaway schema in it) or, when unset, a throwaway local server. */
export async function postgresTarget(_context: BenchContext): Promise<Target> {
  const configured = postgresOptionsFromEnv(process.env);
  const cluster = configured ? undefined : await startPostgresCluster();
  const url = configured?.url ?? cluster!.url();
  const schema = `bench_${process.pid}`;
  return {
    name: 'PostgreSQL',
    location: { kind: 'postgres', url, schema },
    open: () => openPostgresStore({ url, schema, poolSize: configured?.poolSize ?? 4 }),
    ...(cluster ? { serverCpuMs: () => clusterCpuMs(cluster.dataDir) } : {}),
    async settle() {
      const client = new pg.Client(url);
      await client.connect();
      await client.query(`SET search_path TO ${schema}`);
      await client.query('VACUUM ANALYZE articles, article_analyses');
      await client.end();
    },
    async close() {
      if (cluster) return cluster.destroy();
      const client = new pg.Client(url);
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** CPU time of a local server's processes (the postmaster and its children), from /proc. */
function clusterCpuMs(dataDir: string): number {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After the command's ")": state, ppid, …; utime and stime are the 14th and 15th fields, and the postmaster's
      // cutime and cstime (16th, 17th) hold the CPU of backends that exited while the bench ran.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pid) === postmaster) ticks += Number(fields[13]) + Number(fields[14]);
      if (Number(pid) === postmaster || Number(fields[1]) === postmaster)
        ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  // Clock ticks of 10 ms: USER_HZ is 100 on Linux.
  return ticks * 10;
}
