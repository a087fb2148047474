import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTCOME_UNKNOWN } from '../../src/app/channel-poster';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { applyMigrations } from '../../src/store/sqlite/migrations';
import { sqliteMigrations } from '../../src/store/sqlite/open-sqlite-store';
import { describeStoreContract } from './store-contract';

const run = promisify(execFile);
const childScript = join(import.meta.dirname, 'fixtures', 'write-from-child.ts');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('SQLite temp file', ({ now }) =>
  openAsyncSqliteStore({ path: join(dir, 'nested', 'store.db'), now }),
);
describeStoreContract('SQLite :memory:', ({ now }) => openAsyncSqliteStore({ path: ':memory:', now }));

describe('SQLite store on disk', () => {
  it('keeps everything across reopen, applying migrations once', async () => {
    const path = join(dir, 'data', 'newsbrief.db');
    const first = openAsyncSqliteStore({ path });
    const { article } = await first.articles.add({ source: 's', title: 'Okapi sighted', text: 'An okapi was seen.' });
    await first.articles.setEntityNames(article.id, ['Jane Goodall']);
    await first.conversations.linkThread('slack:C1:1.0', article.id);
    await first.conversations.markEventHandled('ev1');
    await first.close();
    await first.close(); // closing twice is harmless

    const again = openAsyncSqliteStore({ path });
    expect((await again.articles.get(article.id))?.title).toBe('Okapi sighted');
    expect((await again.articles.search('goodall')).map((h) => h.id)).toEqual([article.id]);
    expect(await again.conversations.articleForThread('slack:C1:1.0')).toBe(article.id);
    expect(await again.conversations.markEventHandled('ev1')).toBe(false);
    expect(
      (await again.articles.add({ source: 's', title: 'Okapi sighted', text: 'An okapi was seen.' })).outcome,
    ).toBe('unchanged');
    const url = 'https://example.test/okapi';
    await again.articles.add({ source: 'web', url, title: 'Okapi v1', text: 'First okapi version.' });
    expect(
      (await again.articles.add({ source: 'web', url, title: 'Okapi v2', text: 'Second okapi version.' })).outcome,
    ).toBe('updated');
    await again.close();

    const db = new Database(path);
    // The external-content indexes still match the table after inserts and entity-name updates.
    db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
    db.exec("INSERT INTO article_titles_trigram (article_titles_trigram) VALUES ('integrity-check')");
    const ids = db.prepare('SELECT id FROM schema_migrations').all();
    expect(applyMigrations(db, [])).toEqual([]);
    expect(db.prepare('SELECT id FROM schema_migrations').all()).toEqual(ids);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('upgrades an older file: a claim made before first attempts were kept gets its last update as one', async () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    // The file as it was before schedules-002, so without the step that came after it either.
    const later = [
      'schedules-002-first-attempt',
      'schedules-003-ids-never-reused',
      'schedules-004-failure-kind',
      'schedules-005-follow-by-id',
      'schedules-007-owed-from',
    ];
    applyMigrations(
      old,
      sqliteMigrations.filter((m) => !later.includes(m.id)),
    );
    old.exec(`INSERT INTO schedules (id, channel_id, kind, time, timezone, created_at)
      VALUES (1, 'discord:1', 'digest', '09:00', 'UTC', '2017-03-30T12:00:00.000Z')`);
    old.exec(`INSERT INTO schedule_claims (schedule_id, slot, state, attempts, retry_at, last_error, updated_at)
      VALUES (1, '2017-04-01T09:00:00.000Z', 'failed', 2, '2017-04-01T09:10:00.000Z', 'timeout', '2017-04-01T09:00:30.000Z')`);
    old.close();

    const store = openAsyncSqliteStore({ path });
    expect(await store.schedules.getClaim(1, '2017-04-01T09:00:00.000Z')).toMatchObject({
      attempts: 2,
      firstAttemptAt: '2017-04-01T09:00:30.000Z',
    });
    await store.close();
  });

  it('upgrades an older file: a slot given up as maybe posted gets its typed reason from its error text', async () => {
    const path = join(dir, 'before-failure-kind.db');
    const old = new Database(path);
    applyMigrations(
      old,
      sqliteMigrations.filter((m) => !['schedules-004-failure-kind', 'schedules-005-follow-by-id'].includes(m.id)),
    );
    old.exec(`INSERT INTO schedules (id, channel_id, kind, time, timezone, created_at)
      VALUES (1, 'discord:1', 'digest', '09:00', 'UTC', '2017-03-30T12:00:00.000Z')`);
    old.exec(`INSERT INTO schedule_claims (schedule_id, slot, state, attempts, last_error, updated_at, first_attempt_at) VALUES
      (1, '2017-04-01T09:00:00.000Z', 'failed', 2, '${OUTCOME_UNKNOWN}: 120 messages since', '2017-04-01T09:00:30.000Z', '2017-04-01T09:00:00.000Z'),
      (1, '2017-04-02T09:00:00.000Z', 'failed', 3, 'timeout', '2017-04-02T09:00:30.000Z', '2017-04-02T09:00:00.000Z')`);
    old.close();

    const store = openAsyncSqliteStore({ path });
    expect(await store.schedules.getClaim(1, '2017-04-01T09:00:00.000Z')).toMatchObject({
      failureKind: 'outcome-unknown',
    });
    expect(await store.schedules.getClaim(1, '2017-04-02T09:00:00.000Z')).toMatchObject({ failureKind: null });
    await store.close();
  });

  it('upgrades an older file: a follow whose words are its story’s title was made by id and shows the title now', async () => {
    const path = join(dir, 'before-follow-by-id.db');
    const old = new Database(path);
    applyMigrations(
      old,
      sqliteMigrations.filter((m) => m.id !== 'schedules-005-follow-by-id'),
    );
    old.exec(`INSERT INTO articles (id, source, title, content_hash, ingested_at, updated_at, text)
      VALUES (7, 's', 'Council weighs ferry contract', 'h7', '2017-03-30T12:00:00.000Z', '2017-03-30T12:00:00.000Z', 'The ferry.')`);
    old.exec(`INSERT INTO schedules (id, channel_id, kind, article_id, query, time, timezone, created_at) VALUES
      (1, 'slack:C1', 'follow', 7, 'Council weighs ferry contract', '09:00', 'UTC', '2017-03-30T12:00:00.000Z'),
      (2, 'slack:C2', 'follow', 7, 'ferry', '09:00', 'UTC', '2017-03-30T12:00:00.000Z')`);
    old.close();

    const store = openAsyncSqliteStore({ path });
    expect((await store.schedules.list()).map((s) => s.query)).toEqual([null, 'ferry']);
    await store.close();
  });

  it('rolls back a failing migration and reports it', async () => {
    const path = join(dir, 'm.db');
    const bad = [{ id: 'test-001', sql: 'CREATE TABLE half (x INTEGER); THIS IS NOT SQL;' }];
    expect(() => openAsyncSqliteStore({ path, extraMigrations: bad })).toThrow(/syntax/);
    const store = openAsyncSqliteStore({
      path,
      extraMigrations: [{ id: 'test-001', sql: 'CREATE TABLE half (x INTEGER);' }],
    });
    await store.close();
    const db = new Database(path);
    expect(db.prepare("SELECT id FROM schema_migrations WHERE id LIKE 'test-%'").all()).toEqual([{ id: 'test-001' }]);
    db.close();
    expect(() =>
      applyMigrations(new Database(':memory:'), [
        { id: 'x', sql: '' },
        { id: 'x', sql: '' },
      ]),
    ).toThrow(/Duplicate/);
  });

  it('shares one file with a second connection and a second process', async () => {
    const path = join(dir, 'shared.db');
    const mine = openAsyncSqliteStore({ path });
    const other = openAsyncSqliteStore({ path });
    const { article } = await mine.articles.add({
      source: 's',
      title: 'Giraffe census',
      text: 'Giraffes were counted.',
    });
    expect((await other.articles.search('giraffe')).map((h) => h.id)).toEqual([article.id]);

    const children = await Promise.all(
      [0, 1].map(() => run(process.execPath, ['--import', 'tsx', childScript, path, 'shared-event'])),
    );
    const results = children.map((c) => JSON.parse(c.stdout) as { id: number; first: boolean });
    // Each child wrote its own story; exactly one of them won the shared event key.
    expect(new Set([article.id, ...results.map((r) => r.id)]).size).toBe(3);
    expect(await mine.articles.count()).toBe(3);
    expect(results.filter((r) => r.first)).toHaveLength(1);
    expect(await mine.conversations.markEventHandled('shared-event')).toBe(false);
    expect((await mine.articles.search('okapi')).length).toBe(2);
    await mine.close();
    await other.close();
  });
});
