import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { postgresMigrations } from '../../src/store/postgres/postgres-migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';
import { exportStore } from '../../src/store/transfer/export-store';
import { ImportError, importStore } from '../../src/store/transfer/import-store';
import { migrateStore } from '../../src/store/transfer/migrate-store';
import type { StoreLocation } from '../../src/store/transfer/store-location';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';
import { analysisTitled, flynn } from './async-contract/article-cases';

let dir: string;
let database: TestDatabase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-transfer-'));
  database = await createTestDatabase();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clock = () => new Date('2024-03-01T10:00:00.000Z');

/** A newsroom with something in every table, and a gap in its article ids. */
async function seedSqliteNewsroom(path: string) {
  const store = openAsyncSqliteStore({ path, now: clock });
  const first = await store.articles.add(flynn(), {
    entityNames: ['Robert Kelner'],
    analysis: { engineKey: 'extractive@1', analysis: analysisTitled('Flynn') },
  });
  const gone = await store.articles.add({ source: 's', title: 'Withdrawn', text: 'Pulled story.' });
  const ferry = await store.articles.add({
    source: 'web',
    url: 'https://news.test/ferry',
    title: 'Ferry late',
    text: 'The ferry is late.',
  });
  await store.conversations.linkThread('slack:C1:1700000000.000100', first.article.id);
  await store.conversations.linkThread('discord:123456789', ferry.article.id);
  await store.conversations.markEventHandled('slack:Ev1');
  await store.llmCache.put(
    { articleHash: first.article.contentHash, model: 'gpt-4o-mini', promptVersion: 'p3' },
    {
      analysis: analysisTitled('Model'),
      producedBy: 'model gpt-4o-mini',
      droppedCount: 1,
      createdAt: clock().toISOString(),
    },
  );
  const follow = await store.schedules.create({
    channelId: 'C1',
    kind: 'follow',
    articleId: ferry.article.id,
    query: 'ferry',
    time: '09:00',
    timezone: 'Europe/London',
  });
  const digest = await store.schedules.create({ channelId: 'C2', kind: 'digest', time: '17:00', timezone: 'UTC' });
  await store.schedules.setEnabled(digest.id, false, 'channel gone: not_in_channel');
  const slot = '2024-03-02T09:00:00.000Z';
  await store.schedules.claimSlot({
    scheduleId: follow.id,
    slot,
    owner: 'a',
    now: slot,
    leaseMs: 300_000,
    late: false,
    maxAttempts: 5,
  });
  await store.schedules.markDelivered(follow.id, slot, 'a', 'slack:C1:1709370000.000200', slot);
  await store.schedules.markSkipped(follow.id, '2024-03-01T09:00:00.000Z', 'too old', slot);
  // A slot given up because an attempt may have posted it: its typed reason moves with it.
  const unsure = '2024-03-03T09:00:00.000Z';
  await store.schedules.claimSlot({ ...claimAt(follow.id, unsure), owner: 'a' });
  await store.schedules.markFailed(follow.id, unsure, 'a', 'could not check', null, unsure, 'outcome-unknown');
  await store.schedules.resolveQuestion(ferry.article.id, 'who pays', 'U1');
  const feed = (await store.feeds.subscribe({ url: 'https://news.test/rss', channelId: 'C1', addedBy: 'U1' })).feed;
  await store.feeds.recordPollSuccess(feed.id, {
    etag: '"e1"',
    lastModified: null,
    title: 'News',
    at: slot,
    nextPollAt: slot,
  });
  await store.feeds.recordItem(feed.id, 'guid-1', {
    articleId: ferry.article.id,
    outcome: 'created',
    version: 'v1',
    at: slot,
  });
  await store.postSlots.reserve('C1', slot, 1000);
  await store.close();
  const db = new Database(path);
  db.prepare('DELETE FROM articles WHERE id = ?').run(gone.article.id);
  db.close();
  return { first: first.article, ferry: ferry.article, follow, digest, feed, slot };
}

const claimAt = (scheduleId: number, slot: string) => ({
  scheduleId,
  slot,
  now: slot,
  leaseMs: 300_000,
  late: false,
  maxAttempts: 5,
});

/** The export's rows without its header (which says when and from where). */
const rowsOf = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => JSON.parse(l));

it('moves a newsroom SQLite → PostgreSQL → SQLite with ids, threads and schedules intact', async () => {
  const source = join(dir, 'source.db');
  const seeded = await seedSqliteNewsroom(source);
  const postgres: StoreLocation = { kind: 'postgres', url: database.url, schema: database.freshSchema() };

  const exported = await exportStore({ from: { kind: 'sqlite', path: source }, file: join(dir, 'one.jsonl') });
  expect(exported.rows).toMatchObject({
    articles: 2,
    thread_links: 2,
    schedules: 2,
    schedule_claims: 3,
    feed_items: 1,
  });
  expect(await importStore({ file: join(dir, 'one.jsonl'), to: postgres })).toEqual(exported);

  const pg = await openPostgresStore({ url: database.url, schema: postgres.schema, now: clock });
  expect(await pg.articles.get(seeded.ferry.id)).toEqual(seeded.ferry);
  expect(await pg.conversations.articleForThread('slack:C1:1700000000.000100')).toBe(seeded.first.id);
  expect(await pg.conversations.articleForThread('discord:123456789')).toBe(seeded.ferry.id);
  expect(await pg.conversations.markEventHandled('slack:Ev1')).toBe(false);
  expect((await pg.articles.search('kelner'))[0]?.id).toBe(seeded.first.id);
  expect((await pg.articles.getAnalysis(seeded.first.id, 'extractive@1'))?.title).toBe('Flynn');
  expect(await pg.schedules.list()).toEqual([
    seeded.follow,
    { ...seeded.digest, enabled: false, disabledReason: 'channel gone: not_in_channel' },
  ]);
  expect(await pg.schedules.lastDelivered(seeded.follow.id)).toMatchObject({
    slot: seeded.slot,
    messageRef: 'slack:C1:1709370000.000200',
  });
  expect(
    await pg.schedules.claimSlot({
      scheduleId: seeded.follow.id,
      slot: seeded.slot,
      owner: 'b',
      now: seeded.slot,
      leaseMs: 1,
      late: false,
      maxAttempts: 5,
    }),
  ).toBeUndefined();
  expect(await pg.schedules.getClaim(seeded.follow.id, '2024-03-03T09:00:00.000Z')).toMatchObject({
    state: 'failed',
    failureKind: 'outcome-unknown',
  });
  expect(await pg.schedules.resolvedQuestions(seeded.ferry.id)).toEqual(['who pays']);
  expect((await pg.feeds.newItemsSince('C1', '2024-01-01T00:00:00.000Z')).map((i) => i.articleId)).toEqual([
    seeded.ferry.id,
  ]);
  // New rows continue after the imported ids instead of colliding with them.
  const added = await pg.articles.add({ source: 's', title: 'After the move', text: 'A new story.' });
  expect(added.article.id).toBeGreaterThan(seeded.ferry.id);
  expect((await pg.schedules.create({ channelId: 'C3', kind: 'digest', time: '08:00', timezone: 'UTC' })).id).toBe(
    seeded.digest.id + 1,
  );
  await pg.close();

  // And back: the PostgreSQL copy, exported and loaded into a new SQLite file, equals the start.
  const back = join(dir, 'back.db');
  const pgOnly: StoreLocation = { kind: 'postgres', url: database.url, schema: database.freshSchema() };
  await importStore({ file: join(dir, 'one.jsonl'), to: pgOnly });
  await exportStore({ from: pgOnly, file: join(dir, 'two.jsonl') });
  await importStore({ file: join(dir, 'two.jsonl'), to: { kind: 'sqlite', path: back } });
  await exportStore({ from: { kind: 'sqlite', path: back }, file: join(dir, 'three.jsonl') });
  expect(rowsOf(join(dir, 'three.jsonl'))).toEqual(rowsOf(join(dir, 'one.jsonl')));
  const sqlite = openAsyncSqliteStore({ path: back });
  expect(await sqlite.conversations.articleForThread('discord:123456789')).toBe(seeded.ferry.id);
  expect((await sqlite.articles.search('ferry'))[0]?.id).toBe(seeded.ferry.id);
  expect((await sqlite.schedules.getClaim(seeded.follow.id, '2024-03-03T09:00:00.000Z'))?.failureKind).toBe(
    'outcome-unknown',
  );
  await sqlite.close();
});

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
  const old = join(dir, 'before-004.jsonl');
  writeFileSync(old, `${[JSON.stringify(header), ...lines].join('\n')}\n`);

  const sqlitePath = join(dir, 'before-004-copy.db');
  await importStore({ file: old, to: { kind: 'sqlite', path: sqlitePath } });
  const postgres: StoreLocation = { kind: 'postgres', url: database.url, schema: database.freshSchema() };
  await importStore({ file: old, to: postgres });
  const sqlite = openAsyncSqliteStore({ path: sqlitePath, now: clock });
  const pg = await openPostgresStore({ url: database.url, schema: postgres.schema, now: clock });
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
  const old = join(dir, 'before-schedules-006.jsonl');
  writeFileSync(old, `${[JSON.stringify(header), ...lines].join('\n')}\n`);

  const sqlitePath = join(dir, 'before-schedules-006-copy.db');
  await importStore({ file: old, to: { kind: 'sqlite', path: sqlitePath } });
  const postgres: StoreLocation = { kind: 'postgres', url: database.url, schema: database.freshSchema() };
  await importStore({ file: old, to: postgres });
  const sqlite = openAsyncSqliteStore({ path: sqlitePath, now: clock });
  const pg = await openPostgresStore({ url: database.url, schema: postgres.schema, now: clock });
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
  const old = join(dir, 'before-links-004.jsonl');
  writeFileSync(old, `${[JSON.stringify(header), ...lines].join('\n')}\n`);

  const sqlitePath = join(dir, 'before-links-004-copy.db');
  await importStore({ file: old, to: { kind: 'sqlite', path: sqlitePath } });
  const postgres: StoreLocation = { kind: 'postgres', url: database.url, schema: database.freshSchema() };
  await importStore({ file: old, to: postgres });
  const sqlite = openAsyncSqliteStore({ path: sqlitePath, now: clock });
  const pg = await openPostgresStore({ url: database.url, schema: postgres.schema, now: clock });
  for (const store of [sqlite, pg]) {
    // Silent for a month, the deleted story's thread is forgotten; live stories' threads never are.
    expect(await store.conversations.pruneThreadLinks('2024-03-01T10:00:00.000Z'), store.kind).toBe(1);
    expect(await store.conversations.articleForThread('slack:C9:1.0'), store.kind).toBeUndefined();
    expect(await store.conversations.articleForThread('discord:123456789'), store.kind).toBeDefined();
  }
  await sqlite.close();
  await pg.close();
});

it('refuses a store that holds data, and a cut-off, foreign or newer file, changing nothing', async () => {
  const source = join(dir, 'refuse.db');
  await seedSqliteNewsroom(source);
  const file = join(dir, 'refuse.jsonl');
  await exportStore({ from: { kind: 'sqlite', path: source }, file });
  await expect(importStore({ file, to: { kind: 'sqlite', path: source } })).rejects.toThrow(/already holds data/);

  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const target: StoreLocation = { kind: 'postgres', url: database.url, schema: database.freshSchema() };
  writeFileSync(join(dir, 'cut.jsonl'), `${lines.slice(0, -1).join('\n')}\n`);
  await expect(importStore({ file: join(dir, 'cut.jsonl'), to: target })).rejects.toThrow(/incomplete/);
  writeFileSync(join(dir, 'short.jsonl'), `${[...lines.slice(0, 2), lines.at(-1)].join('\n')}\n`);
  await expect(importStore({ file: join(dir, 'short.jsonl'), to: target })).rejects.toThrow(
    /lists 2 articles rows but holds 1/,
  );
  writeFileSync(join(dir, 'foreign.jsonl'), '{"hello":"world"}\n');
  await expect(importStore({ file: join(dir, 'foreign.jsonl'), to: target })).rejects.toBeInstanceOf(ImportError);
  const newer = JSON.parse(lines[0]!);
  newer.schema.push('articles-999-future');
  writeFileSync(join(dir, 'newer.jsonl'), `${[JSON.stringify(newer), ...lines.slice(1)].join('\n')}\n`);
  await expect(importStore({ file: join(dir, 'newer.jsonl'), to: target })).rejects.toThrow(
    /newer newsbrief .*articles-999-future/,
  );

  const pg = await openPostgresStore({ url: database.url, schema: target.schema });
  expect(await pg.articles.count()).toBe(0);
  expect(await pg.schedules.list()).toEqual([]);
  await pg.close();
  expect(await importStore({ file, to: target })).toMatchObject({ rows: { articles: 2 } });
});

it('migrates either store once and reports the steps applied', async () => {
  const path = join(dir, 'migrate.db');
  expect(await migrateStore({ kind: 'sqlite', path })).toEqual(sqliteMigrations.map((m) => m.id));
  expect(await migrateStore({ kind: 'sqlite', path })).toEqual([]);
  const pg: StoreLocation = { kind: 'postgres', url: database.url, schema: database.freshSchema() };
  expect(await migrateStore(pg)).toEqual(postgresMigrations.map((m) => m.id));
  expect(await migrateStore(pg)).toEqual([]);
});

it('carries the schedule id counter through export and import, so a removed id stays unused', async () => {
  const source = join(dir, 'counter.db');
  const store = openAsyncSqliteStore({ path: source, now: clock });
  const digest = (channelId: string) => ({ channelId, kind: 'digest' as const, time: '17:00', timezone: 'UTC' });
  for (const channel of ['C1', 'C2', 'C3']) await store.schedules.create(digest(channel));
  expect(await store.schedules.remove(3)).toBe(true);
  await store.close();
  const one = join(dir, 'counter-one.jsonl');
  await exportStore({ from: { kind: 'sqlite', path: source }, file: one });
  expect(JSON.parse(readFileSync(one, 'utf8').split('\n')[0]!).lastIds).toEqual({ schedules: 3 });

  // SQLite → PostgreSQL → SQLite: the newest id removed before the export is not handed out again.
  const postgres: StoreLocation = { kind: 'postgres', url: database.url, schema: database.freshSchema() };
  await importStore({ file: one, to: postgres });
  const two = join(dir, 'counter-two.jsonl');
  await exportStore({ from: postgres, file: two });
  const pg = await openPostgresStore({ url: database.url, schema: postgres.schema, now: clock });
  expect((await pg.schedules.create(digest('C4'))).id).toBe(4);
  await pg.close();
  const back = join(dir, 'counter-back.db');
  await importStore({ file: two, to: { kind: 'sqlite', path: back } });
  const sqlite = openAsyncSqliteStore({ path: back, now: clock });
  expect((await sqlite.schedules.create(digest('C4'))).id).toBe(4);
  await sqlite.close();

  // An export made before the counter was kept still loads; new ids follow the imported ones.
  const [header, ...rest] = readFileSync(one, 'utf8').split('\n');
  const { lastIds: _dropped, ...older } = JSON.parse(header!);
  const old = join(dir, 'counter-old.jsonl');
  writeFileSync(old, [JSON.stringify(older), ...rest].join('\n'));
  const fromOld = join(dir, 'counter-old.db');
  await importStore({ file: old, to: { kind: 'sqlite', path: fromOld } });
  const oldStore = openAsyncSqliteStore({ path: fromOld, now: clock });
  expect((await oldStore.schedules.create(digest('C4'))).id).toBe(3);
  await oldStore.close();
});
