import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { PRUNE_THREAD_LINKS as PG_PRUNE } from '../../src/store/postgres/postgres-conversation-repository';
import { applyMigrations } from '../../src/store/sqlite/migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';
import { PRUNE_THREAD_LINKS as SQLITE_PRUNE } from '../../src/store/sqlite/sqlite-conversation-repository';
import { schemaBeforeStep } from '../support/schema-before-step';
import { useTestDatabase } from '../support/shared-postgres';

// The daily tidy-up forgets the links of deleted stories' silent threads. Most links are live
// stories' threads gone quiet long ago, which it never forgets: it must not read them every day.
// The plans are read from the databases themselves (EXPLAIN), on a store older than the step.
const STEP = 'conversations-004-deleted-story-links';
const INDEX = 'thread_links_deleted_story';
const DAY = 86_400_000;
const NOW = Date.parse('2026-03-10T09:00:00Z');
const CUT = new Date(NOW - 30 * DAY).toISOString();
/** Links of the live story, all silent for a year; and links of a story deleted before the step. */
const LIVE = 20_000;
const ORPHANED = 40;
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-links-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();
const yearAgo = new Date(NOW - 365 * DAY).toISOString();

describe('the thread links prune on SQLite', () => {
  it('an older file marks its deleted stories’ links, and the prune searches only their index', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    applyMigrations(
      db,
      sqliteMigrations.filter((m) => m.id !== STEP),
    );
    db.prepare(
      `INSERT INTO articles (id, source, title, content_hash, ingested_at, updated_at, text)
       VALUES (1, 's', 'Ferry late', 'h1', ?, ?, 'The ferry is late.')`,
    ).run(yearAgo, yearAgo);
    const link = db.prepare('INSERT INTO thread_links (thread_ref, article_id, linked_at) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (let n = 1; n <= LIVE; n++) link.run(`slack:C1:${n}.0`, 1, yearAgo);
      // Story 2 was deleted before the step: its links point at nothing.
      for (let n = 1; n <= ORPHANED; n++) link.run(`slack:C2:${n}.0`, 2, yearAgo);
    })();
    db.close();

    const store = openAsyncSqliteStore({ path, now: () => new Date(NOW) });
    await store.close();
    const reopened = new Database(path, { readonly: true });
    try {
      const plan = (reopened.prepare(`EXPLAIN QUERY PLAN ${SQLITE_PRUNE}`).all(CUT) as { detail: string }[]).map(
        (row) => row.detail,
      );
      const onLinks = plan.filter((detail) => / thread_links\b/.test(detail));
      expect(onLinks).toEqual([expect.stringContaining(`USING INDEX ${INDEX} (linked_at<?)`)]);
      expect(plan.filter((detail) => detail.startsWith('SCAN'))).toEqual([]);
    } finally {
      reopened.close();
    }

    const again = openAsyncSqliteStore({ path, now: () => new Date(NOW) });
    try {
      expect(await again.conversations.pruneThreadLinks(CUT)).toBe(ORPHANED);
      expect(await again.conversations.articleForThread('slack:C2:1.0')).toBeUndefined();
      expect(await again.conversations.articleForThread(`slack:C1:${LIVE}.0`)).toBe(1);
      // A story deleted now is marked at its deletion; its links go once silent long enough.
      await again.articles.remove(1);
      expect(await again.conversations.pruneThreadLinks(CUT)).toBe(0);
      expect(await again.conversations.pruneThreadLinks(new Date(NOW + DAY).toISOString())).toBe(LIVE);
    } finally {
      await again.close();
    }
  }, 60_000);
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

describe('the thread links prune on PostgreSQL', () => {
  it('an older schema marks its deleted stories’ links, and the prune reads their index, never the table', async () => {
    const { schema, client } = await schemaBeforeStep(database(), STEP);
    try {
      await client.query(
        `INSERT INTO articles (id, source, title, content_hash, ingested_at, updated_at, text)
         VALUES (1, 's', 'Ferry late', 'h1', $1, $1, 'The ferry is late.')`,
        [yearAgo],
      );
      await client.query(
        `INSERT INTO thread_links (thread_ref, article_id, linked_at)
         SELECT 'slack:C1:' || n || '.0', 1, $1::timestamptz FROM generate_series(1, $2::int) n
         UNION ALL SELECT 'slack:C2:' || n || '.0', 2, $1::timestamptz FROM generate_series(1, $3::int) n`,
        [yearAgo, LIVE, ORPHANED],
      );
      const store = await openPostgresStore({ url: database().url, schema, now: () => new Date(NOW) });
      try {
        // As autovacuum would: the planner's statistics for a table of this size.
        await client.query('ANALYZE thread_links');
        const explained = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `EXPLAIN (FORMAT JSON) ${PG_PRUNE}`,
          [CUT],
        );
        const nodes = nodesOf(explained.rows[0]!['QUERY PLAN'][0].Plan);
        expect(nodes.some((node) => node['Index Name'] === INDEX)).toBe(true);
        expect(
          nodes.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'thread_links'),
        ).toEqual([]);

        expect(await store.conversations.pruneThreadLinks(CUT)).toBe(ORPHANED);
        expect(await store.conversations.articleForThread('slack:C2:1.0')).toBeUndefined();
        await store.articles.remove(1);
        expect(await store.conversations.pruneThreadLinks(CUT)).toBe(0);
        expect(await store.conversations.pruneThreadLinks(new Date(NOW + DAY).toISOString())).toBe(LIVE);
      } finally {
        await store.close();
      }
    } finally {
      await client.end();
    }
  }, 120_000);
});
