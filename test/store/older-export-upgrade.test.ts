import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { summariseImport } from '../../src/cli/import-command';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { exportStore } from '../../src/store/transfer/export-store';
import { importStore } from '../../src/store/transfer/import-store';
import type { StoreLocation } from '../../src/store/transfer/store-location';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';
import { clock, seedSqliteNewsroom } from './transfer-newsroom';

// An export made by an older version lacks later schema steps: importing it redoes their changes
// to existing rows (upgrade-older-rows.ts), on both stores.
let dir: string;
let database: TestDatabase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-older-export-'));
  database = await createTestDatabase();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Writes the edited export and imports it into a new SQLite file and an empty schema; returns
 * both stores, and the two imports' summaries (the SQLite one first).
 */
async function importBoth(name: string, header: unknown, lines: string[]) {
  const old = join(dir, `${name}.jsonl`);
  writeFileSync(old, `${[JSON.stringify(header), ...lines].join('\n')}\n`);
  const sqlitePath = join(dir, `${name}-copy.db`);
  const summaries = [await importStore({ file: old, to: { kind: 'sqlite', path: sqlitePath } })];
  const postgres: StoreLocation = { kind: 'postgres', url: database.url, schema: database.freshSchema() };
  summaries.push(await importStore({ file: old, to: postgres }));
  const sqlite = openAsyncSqliteStore({ path: sqlitePath, now: clock });
  const pg = await openPostgresStore({ url: database.url, schema: postgres.schema, now: clock });
  return { stores: [sqlite, pg] as const, summaries };
}

it('brings an export made before schedules steps 004 and 005 up to them, on both stores', async () => {
  const source = join(dir, 'before-004.db');
  const { follow, ferry } = await seedSqliteNewsroom(source);
  const current = join(dir, 'before-004-now.jsonl');
  await exportStore({ from: { kind: 'sqlite', path: source }, file: current });
  // The old shape: no failure_kind column, no step 004 (nor the steps after it) in the header, and
  // the reason only in the error text, as the bot wrote it then. A second failed slot failed for
  // an ordinary reason.
  const [headerLine, ...rowLines] = readFileSync(current, 'utf8').trim().split('\n');
  const header = JSON.parse(headerLine!);
  const later = (id: string) => /^schedules-(\d+)/.exec(id) && Number(/^schedules-(\d+)/.exec(id)![1]) >= 4;
  header.schema = header.schema.filter((id: string) => !later(id));
  const unsure = '2024-03-03T09:00:00.000Z';
  const ordinary = '2024-03-04T09:00:00.000Z';
  const lines = rowLines.flatMap((line) => {
    const parsed = JSON.parse(line);
    if (parsed.end) parsed.rows.schedule_claims += 1;
    // Before step 005 a follow made by id stored its story's title as its words.
    if (parsed.t === 'schedules' && parsed.r.kind === 'follow') parsed.r.query = ferry.title;
    if (parsed.t !== 'schedule_claims') return [JSON.stringify(parsed)];
    const { failure_kind: _absent, ...row } = parsed.r;
    if (row.slot !== unsure) return [JSON.stringify({ t: parsed.t, r: row })];
    // Capitalised as a hand-edited row might be: SQLite's step (LIKE) would still have typed it.
    const given = { ...row, last_error: 'Outcome unknown, not posted again: slack could not be checked' };
    const failed = { ...row, slot: ordinary, last_error: 'slack: channel_not_found' };
    return [given, failed].map((r) => JSON.stringify({ t: parsed.t, r }));
  });
  const {
    stores: [sqlite, pg],
    summaries,
  } = await importBoth('before-004', header, lines);
  // Nothing left out: every row was brought up to date, none was a duplicate.
  for (const summary of summaries) expect(summary.duplicatesSkipped).toEqual({});
  for (const store of [sqlite, pg]) {
    expect(await store.schedules.getClaim(follow.id, unsure), store.kind).toMatchObject({
      state: 'failed',
      failureKind: 'outcome-unknown',
    });
    expect(await store.schedules.getClaim(follow.id, ordinary), store.kind).toMatchObject({
      state: 'failed',
      failureKind: null,
    });
    // Taken for a follow made by id, as step 005 takes it: listings show the story's title now.
    const [followed, digest] = await store.schedules.list();
    expect(followed, store.kind).toMatchObject({ id: follow.id, articleId: ferry.id, query: null });
    expect(digest, store.kind).toMatchObject({ kind: 'digest', query: null });
  }
  await sqlite.close();
  await pg.close();
});

it('keeps the oldest of the duplicate schedules an export made before step schedules-006 may hold', async () => {
  const source = join(dir, 'before-schedules-006.db');
  const { follow } = await seedSqliteNewsroom(source);
  const current = join(dir, 'before-schedules-006-now.jsonl');
  await exportStore({ from: { kind: 'sqlite', path: source }, file: current });
  // The old shape: no step in the header, and a second follow-up of the same story in C1 (made by
  // two commands at once) with a claim of its own, listed after the first as an export lists them.
  const [headerLine, ...rowLines] = readFileSync(current, 'utf8').trim().split('\n');
  const header = JSON.parse(headerLine!);
  header.schema = header.schema.filter((id: string) => id !== 'schedules-006-one-per-channel');
  const copyId = 90;
  let copiedClaims = 0;
  const lines = rowLines.flatMap((line) => {
    const parsed = JSON.parse(line);
    if (parsed.end) {
      parsed.rows.schedules += 1;
      parsed.rows.schedule_claims += copiedClaims;
    }
    const out = [JSON.stringify(parsed)];
    if (parsed.t === 'schedules' && parsed.r.id === follow.id) {
      out.push(JSON.stringify({ t: 'schedules', r: { ...parsed.r, id: copyId, time: '10:00' } }));
    }
    if (parsed.t === 'schedule_claims' && parsed.r.schedule_id === follow.id) {
      copiedClaims += 1;
      out.push(JSON.stringify({ t: 'schedule_claims', r: { ...parsed.r, schedule_id: copyId } }));
    }
    return out;
  });
  expect(lines.filter((line) => line.includes(`"id":${copyId}`))).toHaveLength(1);
  const exported = JSON.parse(lines.at(-1)!).rows;
  const {
    stores: [sqlite, pg],
    summaries,
  } = await importBoth('before-schedules-006', header, lines);
  // Each summary says what happened: the copy and its claims were left out, not imported.
  const skipped = { schedules: 1, schedule_claims: copiedClaims };
  for (const summary of summaries) {
    expect(summary).toEqual({
      rows: {
        ...exported,
        schedules: exported.schedules - 1,
        schedule_claims: exported.schedule_claims - copiedClaims,
      },
      duplicatesSkipped: skipped,
    });
    expect(summariseImport(summary)).toMatch(
      new RegExp(
        `; duplicates skipped \\(the oldest of each kept\\): 1 follow-up or digest, ${copiedClaims} scheduled post records?$`,
      ),
    );
  }
  for (const store of [sqlite, pg]) {
    const follows = await store.schedules.list({ channelId: 'C1', kind: 'follow' });
    expect(
      follows.map((s) => [s.id, s.time]),
      store.kind,
    ).toEqual([[follow.id, '09:00']]);
    expect(await store.schedules.claimsSince(copyId, '2000-01-01T00:00:00.000Z'), store.kind).toEqual([]);
    expect(await store.schedules.claimsSince(follow.id, '2000-01-01T00:00:00.000Z'), store.kind).not.toEqual([]);
  }
  await sqlite.close();
  await pg.close();
});

it('marks the thread links of stories deleted before an export made before step conversations-004', async () => {
  const source = join(dir, 'before-links-004.db');
  await seedSqliteNewsroom(source);
  const current = join(dir, 'before-links-004-now.jsonl');
  await exportStore({ from: { kind: 'sqlite', path: source }, file: current });
  // The old shape: no story_deleted_at, no step in the header, and a link kept (since step 002)
  // after its story, 999, was deleted.
  const [headerLine, ...rowLines] = readFileSync(current, 'utf8').trim().split('\n');
  const header = JSON.parse(headerLine!);
  header.schema = header.schema.filter((id: string) => id !== 'conversations-004-deleted-story-links');
  const orphan = { thread_ref: 'slack:C9:1.0', article_id: 999, linked_at: '2024-02-01T10:00:00.000Z' };
  const lines = rowLines.flatMap((line) => {
    const parsed = JSON.parse(line);
    if (parsed.end) parsed.rows.thread_links += 1;
    if (parsed.t !== 'thread_links') return [JSON.stringify(parsed)];
    const { story_deleted_at: _absent, ...row } = parsed.r;
    const kept = JSON.stringify({ t: parsed.t, r: row });
    return row.thread_ref === 'discord:123456789' ? [kept, JSON.stringify({ t: parsed.t, r: orphan })] : [kept];
  });
  const {
    stores: [sqlite, pg],
  } = await importBoth('before-links-004', header, lines);
  for (const store of [sqlite, pg]) {
    // Silent for a month, the deleted story's thread is forgotten; live stories' threads never are.
    expect(await store.conversations.pruneThreadLinks('2024-03-01T10:00:00.000Z'), store.kind).toBe(1);
    expect(await store.conversations.articleForThread('slack:C9:1.0'), store.kind).toBeUndefined();
    expect(await store.conversations.articleForThread('discord:123456789'), store.kind).toBeDefined();
  }
  await sqlite.close();
  await pg.close();
});
