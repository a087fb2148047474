import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { clock, seedSqliteNewsroom } from './transfer-newsroom';

let dir: string;
let database: TestDatabase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-transfer-'));
  database = await createTestDatabase();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
  expect(await importStore({ file: join(dir, 'one.jsonl'), to: postgres })).toEqual({
    rows: exported.rows,
    duplicatesSkipped: {},
  });

  const pg = await openPostgresStore({ url: database.url, schema: postgres.schema, now: clock });
  expect(await pg.articles.get(seeded.ferry.id)).toEqual(seeded.ferry);
  expect(await pg.conversations.articleForThread('slack:C1:1700000000.000100')).toBe(seeded.first.id);
  expect(await pg.conversations.articleForThread('discord:123456789')).toBe(seeded.ferry.id);
  expect(await pg.conversations.citedInThread('discord:123456789')).toEqual([{ id: 0, text: 'The ferry is late.' }]);
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
  expect(await sqlite.conversations.citedInThread('discord:123456789')).toEqual([
    { id: 0, text: 'The ferry is late.' },
  ]);
  expect((await sqlite.articles.search('ferry'))[0]?.id).toBe(seeded.ferry.id);
  expect((await sqlite.schedules.getClaim(seeded.follow.id, '2024-03-03T09:00:00.000Z'))?.failureKind).toBe(
    'outcome-unknown',
  );
  await sqlite.close();
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
