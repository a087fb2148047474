import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { applyMigrations } from '../../src/store/sqlite/migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';
import { schemaBeforeStep } from '../support/schema-before-step';
import { useTestDatabase } from '../support/shared-postgres';

// Two `/brief digest` at once in one channel both found no digest and both made one: the channel
// got two a day. The store's unique keys now hold one, on both stores, and an older database's
// copies are resolved by the migration that adds them.
const STEP = 'schedules-006-one-per-channel';
const NOW = new Date('2026-03-02T12:00:00.000Z');
const AT = '2026-03-01T09:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-one-schedule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = useTestDatabase();

let files = 0;
/** Two connections to one new store: two replicas, or two processes on one file. */
const pairs: Record<string, () => Promise<[AsyncStore, AsyncStore]>> = {
  SQLite: async () => {
    const path = join(dir, `pair-${++files}.db`);
    return [openAsyncSqliteStore({ path, now: () => NOW }), openAsyncSqliteStore({ path, now: () => NOW })];
  },
  PostgreSQL: async () => {
    const schema = database().freshSchema();
    const first = await openPostgresStore({ url: database().url, schema, now: () => NOW });
    return [first, await openPostgresStore({ url: database().url, schema, now: () => NOW })];
  },
};

const replyText = (reply: Awaited<ReturnType<typeof runBriefCommand>>) => reply.sections[0]!.items[0]!.text;

describe.each(Object.keys(pairs))('two schedule commands at once on %s', (name) => {
  it('two /brief digest in one channel leave one digest, and the second reply says it moved the first', async () => {
    const [a, b] = await pairs[name]!();
    try {
      const ctx = (store: AsyncStore, userId: string) => ({
        channelId: 'slack:C1',
        userId,
        app: createNewsbriefApp({ store, logger: silentLogger(), now: () => NOW }),
      });
      const replies = (
        await Promise.all([
          runBriefCommand('digest 08:00 UTC', ctx(a, 'slack:U1')),
          runBriefCommand('digest 17:30 Europe/London', ctx(b, 'slack:U2')),
        ])
      ).map(replyText);
      const [digest, ...more] = await a.schedules.list({ channelId: 'slack:C1' });
      expect(more).toEqual([]);
      const first = digest!.time === '17:30' ? 0 : 1;
      expect(replies[first]).toMatch(/^Daily digest here at (08:00 UTC|17:30 Europe\/London) \(next /);
      expect(replies[1 - first]).toMatch(
        new RegExp(`^Daily digest here moved from .* to ${digest!.time} ${digest!.timezone} \\(next `),
      );
      // Both follow-up commands of one story likewise: one follow-up, moved by the second.
      const { article } = await a.articles.add({ source: 's', title: 'Ferry late', text: 'The ferry is late.' });
      await Promise.all([
        runBriefCommand(`follow #${article.id} 07:00`, ctx(a, 'slack:U1')),
        runBriefCommand(`follow #${article.id} 07:15`, ctx(b, 'slack:U2')),
      ]);
      expect(await b.schedules.list({ channelId: 'slack:C1', kind: 'follow' })).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('saving a schedule on PostgreSQL while another connection is creating it', () => {
  it('waits for the other to commit and then moves its row, instead of adding a second', async () => {
    const [a, b] = await pairs.PostgreSQL!();
    try {
      let commit!: () => void;
      const held = new Promise<void>((resolve) => (commit = resolve));
      let inserted!: () => void;
      const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
      const first = a.transaction(async (tx) => {
        const saved = await tx.schedules.save({ channelId: 'C1', kind: 'digest', time: '08:00', timezone: 'UTC' });
        inserted();
        await held;
        return saved;
      });
      await insertedYet;
      let settled = false;
      const second = b.schedules
        .save({ channelId: 'C1', kind: 'digest', time: '17:30', timezone: 'UTC' })
        .finally(() => (settled = true));
      // The second insert meets the first's uncommitted row on the unique key and waits for it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
      commit();
      const created = await first;
      const moved = await second;
      expect(created.previous).toBeUndefined();
      expect(moved).toEqual({ schedule: { ...created.schedule, time: '17:30' }, previous: created.schedule });
      expect(await a.schedules.list()).toEqual([moved.schedule]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 30_000);
});

/**
 * Rows as an older version could leave them: two digests in C1, one in C2, two follow-ups of
 * story 7 in C1, one in C2, and two follow-ups in C1 whose stories were deleted (no story id).
 * A delivered claim on each.
 */
const OLD_ROWS: [string, string, number | null, string, number][] = [
  // channel, kind, story, time, enabled
  ['C1', 'digest', null, '08:00', 1],
  ['C1', 'follow', 7, '09:00', 1],
  ['C1', 'digest', null, '17:30', 1],
  ['C2', 'digest', null, '08:00', 1],
  ['C1', 'follow', 7, '10:00', 1],
  ['C2', 'follow', 7, '09:00', 1],
  ['C1', 'follow', null, '11:00', 1],
  ['C1', 'follow', null, '12:00', 0],
];
/** What the step keeps: the oldest of each channel's copies, and every deleted story's follow-up. */
const KEPT = [1, 2, 4, 6, 7, 8];

describe('the migration on an older database with duplicate schedules', () => {
  it('SQLite: keeps the oldest of each channel’s copies with its claims, drops the rest with theirs', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    applyMigrations(
      db,
      sqliteMigrations.filter((m) => m.id !== STEP),
    );
    db.prepare(
      `INSERT INTO articles (id, source, title, content_hash, ingested_at, updated_at, text)
       VALUES (7, 's', 'Ferry late', 'h7', ?, ?, 'The ferry is late.')`,
    ).run(AT, AT);
    const insert = db.prepare(
      `INSERT INTO schedules (channel_id, kind, article_id, time, timezone, enabled, created_at)
       VALUES (?, ?, ?, ?, 'UTC', ?, ?)`,
    );
    const claim = db.prepare(
      `INSERT INTO schedule_claims (schedule_id, slot, state, attempts, late, updated_at, first_attempt_at)
       VALUES (?, ?, 'delivered', 1, 0, ?, ?)`,
    );
    for (const [i, row] of OLD_ROWS.entries()) {
      insert.run(...row, AT);
      claim.run(i + 1, AT, AT, AT);
    }
    db.close();

    const store = openAsyncSqliteStore({ path, now: () => NOW });
    try {
      expect((await store.schedules.list()).map((s) => s.id)).toEqual(KEPT);
      for (const id of [1, 2, 3, 5]) {
        expect(Boolean(await store.schedules.getClaim(id, AT))).toBe(KEPT.includes(id));
      }
      // The key holds from now on: asking again moves the kept one.
      const again = await store.schedules.save({ channelId: 'C1', kind: 'digest', time: '06:00', timezone: 'UTC' });
      expect(again.previous).toMatchObject({ id: 1, time: '08:00' });
    } finally {
      await store.close();
    }
    const after = new Database(path);
    try {
      expect(after.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(after.prepare('SELECT DISTINCT schedule_id FROM schedule_claims ORDER BY 1').pluck().all()).toEqual(KEPT);
      const copy = after.prepare(
        "INSERT INTO schedules (channel_id, kind, time, timezone, created_at) VALUES ('C2', 'digest', '06:00', 'UTC', '')",
      );
      expect(() => copy.run()).toThrow(/UNIQUE constraint failed/);
    } finally {
      after.close();
    }
  });

  it('PostgreSQL: the same rows come out the same, and the unique keys then refuse a copy', async () => {
    const { schema, client } = await schemaBeforeStep(database(), STEP);
    try {
      await client.query(
        `INSERT INTO articles (id, source, title, content_hash, ingested_at, updated_at, text)
         VALUES (7, 's', 'Ferry late', 'h7', $1, $1, 'The ferry is late.')`,
        [AT],
      );
      for (const [i, [channel, kind, story, time, enabled]] of OLD_ROWS.entries()) {
        await client.query(
          `INSERT INTO schedules (id, channel_id, kind, article_id, time, timezone, enabled, created_at)
           VALUES ($1, $2, $3, $4, $5, 'UTC', $6, $7)`,
          [i + 1, channel, kind, story, time, enabled === 1, AT],
        );
        await client.query(
          `INSERT INTO schedule_claims (schedule_id, slot, state, attempts, updated_at, first_attempt_at)
           VALUES ($1, $2, 'delivered', 1, $2, $2)`,
          [i + 1, AT],
        );
      }
      const store = await openPostgresStore({ url: database().url, schema, now: () => NOW });
      try {
        expect((await store.schedules.list()).map((s) => s.id)).toEqual(KEPT);
        const claims = await client.query<{ id: string }>(
          'SELECT DISTINCT schedule_id AS id FROM schedule_claims ORDER BY 1',
        );
        expect(claims.rows.map((r) => Number(r.id))).toEqual(KEPT);
        await expect(duplicateDigest(client)).rejects.toThrow(/schedules_one_digest/);
      } finally {
        await store.close();
      }
    } finally {
      await client.end();
    }
  }, 60_000);
});

function duplicateDigest(client: pg.Client) {
  return client.query(
    `INSERT INTO schedules (id, channel_id, kind, time, timezone, created_at) VALUES (100, 'C2', 'digest', '06:00', 'UTC', now())`,
  );
}
