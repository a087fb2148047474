import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { silentLogger } from '../src/logging/create-logger';
import { forgetHandledEvents, HANDLED_EVENT_DAYS, PRUNE_BATCH } from '../src/scheduler/forget-handled-events';
import type { AsyncStore } from '../src/store/async/async-store';
import { openAsyncSqliteStore } from '../src/store/async/open-async-sqlite-store';
import { postgresTarget } from './bench-async-store';
import { type BenchContext, type Benchmark, type BenchRow, percentile } from './bench-types';

// The backlog of deploy.md's figure: the first tidy-up after an upgrade from a version that never
// pruned (NEWSBRIEF_BENCH_HANDLED_EVENTS for a quicker run). A week of recent keys stays.
const BACKLOG = Number(process.env.NEWSBRIEF_BENCH_HANDLED_EVENTS ?? 1_000_000);
const RECENT = Math.round(BACKLOG / 10);
const BATCH_P95_TARGET_MS = 100;
const DAY_MS = 86_400_000;
const OLDEST_DAYS = 30;

/**
 * The daily tidy-up forgetting a backlog of handled event keys, as the scheduler runs it
 * (forgetHandledEvents: PRUNE_BATCH keys a statement, other work let through between them), on SQLite and
 * PostgreSQL: each batch's time (how long it holds SQLite's write lock and the bot's thread) and
 * the whole. On SQLite also the backlog in one statement, for contrast.
 */
export const benchHandledEventsPrune: Benchmark = async (context) => {
  const rows: BenchRow[] = [];
  const path = join(context.tmpDir, 'bench-handled-events.db');
  await openAsyncSqliteStore({ path }).close();
  const loadSqlite = () => {
    const db = new Database(path);
    try {
      const insert = db.prepare('INSERT INTO handled_events (event_key, handled_at) VALUES (?, ?)');
      db.transaction(() => {
        db.exec('DELETE FROM handled_events');
        for (const [key, at] of events()) insert.run(key, at);
      })();
    } finally {
      db.close();
    }
  };
  loadSqlite();
  rows.push(await timeTidyUp('SQLite', openAsyncSqliteStore({ path }), context));
  rows.push(await timeOneStatement(path, loadSqlite));

  const target = await postgresTarget(context);
  try {
    const store = await target.open();
    const { url, schema } = target.location as { url: string; schema: string };
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema},public` });
    await client.connect();
    try {
      // As events(): keys in the order they were handled, so the table's order is their age's.
      await client.query(
        `INSERT INTO handled_events (event_key, handled_at, handled_by)
         SELECT 'slack:event:Ev' || upper(left(md5(n::text), 16)), to_timestamp(($1::float8 - ${DAY_MS} * CASE WHEN n <= $2::int
             THEN ${OLDEST_DAYS} - ${OLDEST_DAYS - HANDLED_EVENT_DAYS - 1} * (n - 1) / $2::float8
             ELSE ${HANDLED_EVENT_DAYS - 1} * ($2::int + $3::int - n) / $3::float8 END) / 1000), md5(n::text)
         FROM generate_series(1, $2::int + $3::int) n`,
        [Date.now(), BACKLOG, RECENT],
      );
      await client.query('VACUUM ANALYZE handled_events');
    } finally {
      await client.end();
    }
    rows.push(await timeTidyUp('PostgreSQL', store, context));
  } finally {
    await target.close();
  }
  return rows;
};

/**
 * BACKLOG keys handled from OLDEST_DAYS to 8 days ago, then RECENT in the last 6 days, written in
 * the order they were handled (as the bot writes them).
 */
function* events(): Generator<[string, string]> {
  const now = Date.now();
  for (let n = 1; n <= BACKLOG + RECENT; n++) {
    const daysAgo =
      n <= BACKLOG
        ? OLDEST_DAYS - ((OLDEST_DAYS - HANDLED_EVENT_DAYS - 1) * (n - 1)) / BACKLOG
        : ((HANDLED_EVENT_DAYS - 1) * (BACKLOG + RECENT - n)) / RECENT;
    yield [eventKey(n), new Date(now - daysAgo * DAY_MS).toISOString()];
  }
}

/**
 * Shaped like Slack's event ids (Ev08ABC…): in no order, so each batch's deletions land across
 * the key index, as the bot's do. The PostgreSQL load makes the same keys.
 */
function eventKey(n: number): string {
  return `slack:event:Ev${createHash('md5').update(String(n)).digest('hex').slice(0, 16).toUpperCase()}`;
}

async function timeTidyUp(name: string, store: AsyncStore, { log }: BenchContext): Promise<BenchRow> {
  const batches: number[] = [];
  try {
    const start = performance.now();
    const forgotten = await forgetHandledEvents({
      conversations: {
        async pruneHandledEvents(before, limit) {
          const t0 = performance.now();
          const n = await store.conversations.pruneHandledEvents(before, limit);
          batches.push(performance.now() - t0);
          return n;
        },
      },
      now: () => new Date(),
      logger: silentLogger(),
      batchSize: PRUNE_BATCH[store.kind],
    });
    const totalSeconds = (performance.now() - start) / 1000;
    if (forgotten !== BACKLOG) throw new Error(`${name}: forgot ${forgotten} keys, expected ${BACKLOG}`);
    log(`${name}: ${forgotten} keys forgotten in ${batches.length} batches`);
    batches.sort((a, b) => a - b);
    const p95 = percentile(batches, 95);
    return {
      name: `handled events tidy-up ${name}: batch p50 / p95 / max (${BACKLOG} old keys)`,
      value: `${percentile(batches, 50).toFixed(0)} / ${p95.toFixed(0)} / ${batches.at(-1)!.toFixed(0)} ms`,
      target: `p95 <= ${BATCH_P95_TARGET_MS} ms`,
      ok: p95 <= BATCH_P95_TARGET_MS,
      note: `${batches.length} batches of ${PRUNE_BATCH[store.kind]}, ${totalSeconds.toFixed(1)} s in all; ${RECENT} recent keys kept`,
    };
  } finally {
    await store.close();
  }
}

/** The backlog in one statement (before the tidy-up went in batches): the lock held for all of it. */
async function timeOneStatement(path: string, reload: () => void): Promise<BenchRow> {
  reload();
  const store = openAsyncSqliteStore({ path });
  try {
    const cut = new Date(Date.now() - HANDLED_EVENT_DAYS * DAY_MS).toISOString();
    const start = performance.now();
    const forgotten = await store.conversations.pruneHandledEvents(cut, BACKLOG + RECENT);
    const seconds = (performance.now() - start) / 1000;
    if (forgotten !== BACKLOG) throw new Error(`SQLite: one statement forgot ${forgotten} keys, expected ${BACKLOG}`);
    return {
      name: `handled events tidy-up SQLite: one statement (${BACKLOG} old keys)`,
      value: `${seconds.toFixed(1)} s`,
      note: 'for contrast: the write lock and the thread held for the whole backlog',
    };
  } finally {
    await store.close();
  }
}
