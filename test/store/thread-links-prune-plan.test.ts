import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PRUNE_THREAD_LINKS as PG_PRUNE } from '../../src/store/postgres/postgres-conversation-repository';
import { PRUNE_THREAD_LINKS as SQLITE_PRUNE } from '../../src/store/sqlite/sqlite-conversation-repository';
import { postgresPlanAfterStep, sqlitePlanAfterStep } from '../support/plan-after-step';
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
const plan = { step: STEP, now: NOW, params: [CUT] };

describe('the thread links prune on SQLite', () => {
  it('an older file marks its deleted stories’ links, and the prune searches only their index', async () => {
    const setup = {
      ...plan,
      statement: SQLITE_PRUNE,
      fill(db: Database.Database) {
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
      },
    };
    await sqlitePlanAfterStep(join(dir, 'old.db'), setup, async (details, store) => {
      const onLinks = details.filter((detail) => / thread_links\b/.test(detail));
      expect(onLinks).toEqual([expect.stringContaining(`USING INDEX ${INDEX} (linked_at<?)`)]);
      expect(details.filter((detail) => detail.startsWith('SCAN'))).toEqual([]);

      expect(await store.conversations.pruneThreadLinks(CUT)).toBe(ORPHANED);
      expect(await store.conversations.articleForThread('slack:C2:1.0')).toBeUndefined();
      expect(await store.conversations.articleForThread(`slack:C1:${LIVE}.0`)).toBe(1);
      // A story deleted now is marked at its deletion; its links go once silent long enough.
      await store.articles.remove(1);
      expect(await store.conversations.pruneThreadLinks(CUT)).toBe(0);
      expect(await store.conversations.pruneThreadLinks(new Date(NOW + DAY).toISOString())).toBe(LIVE);
    });
  }, 60_000);
});

describe('the thread links prune on PostgreSQL', () => {
  it('an older schema marks its deleted stories’ links, and the prune reads their index, never the table', async () => {
    const setup = {
      ...plan,
      statement: PG_PRUNE,
      analyze: 'thread_links',
      async fill(client: pg.Client) {
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
      },
    };
    await postgresPlanAfterStep(database(), setup, async (nodes, store) => {
      expect(nodes.some((node) => node['Index Name'] === INDEX)).toBe(true);
      expect(
        nodes.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'thread_links'),
      ).toEqual([]);

      expect(await store.conversations.pruneThreadLinks(CUT)).toBe(ORPHANED);
      expect(await store.conversations.articleForThread('slack:C2:1.0')).toBeUndefined();
      await store.articles.remove(1);
      expect(await store.conversations.pruneThreadLinks(CUT)).toBe(0);
      expect(await store.conversations.pruneThreadLinks(new Date(NOW + DAY).toISOString())).toBe(LIVE);
    });
  }, 120_000);
});
