import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commandStoreLocation } from '../../src/cli/command-store-location';
import { runCli } from '../../src/cli/run-cli';
import { projectPath } from '../../src/project-path';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { captureIo } from '../support/capture-io';
import { FLYNN_SAMPLE } from '../support/make-test-app';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';

let dir: string;
let database: TestDatabase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-store-cli-'));
  database = await createTestDatabase();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('migrate, export and import move a newsroom from the SQLite file to PostgreSQL', async () => {
  const db = join(dir, 'newsbrief.db');
  const env = { NEWSBRIEF_DB: db };
  const migrate = captureIo(env);
  expect(await runCli(['migrate'], migrate)).toBe(0);
  // A file that was not there is made, and the message says so (a mistyped path is noticed).
  expect(migrate.out()).toMatch(
    /^There was no database at .*newsbrief\.db: created a new, empty one with 20 migration\(s\): articles-001-init/,
  );
  const again = captureIo(env);
  expect(await runCli(['migrate'], again)).toBe(0);
  expect(again.out()).toMatch(/is up to date/);

  const sqlite = openAsyncSqliteStore({ path: db });
  const { article } = await sqlite.articles.add({ source: 's', title: 'Ferry late', text: 'The ferry is late.' });
  await sqlite.conversations.linkThread('slack:C1:1.0', article.id);
  await sqlite.close();

  const file = join(dir, 'newsroom.jsonl');
  const exported = captureIo(env);
  expect(await runCli(['export', file], exported)).toBe(0);
  expect(exported.out()).toMatch(/: 1 story, 1 brief thread/);

  const schema = database.freshSchema();
  const pgEnv = { NEWSBRIEF_DATABASE_URL: database.url, NEWSBRIEF_DB_SCHEMA: schema };
  const imported = captureIo(pgEnv);
  expect(await runCli(['import', file], imported)).toBe(0);
  expect(imported.out()).toContain(`(schema ${schema})`);
  const pg = await openPostgresStore({ url: database.url, schema });
  expect(await pg.conversations.articleForThread('slack:C1:1.0')).toBe(article.id);
  await pg.close();

  const twice = captureIo(pgEnv);
  expect(await runCli(['import', file], twice)).toBe(2);
  expect(twice.err()).toMatch(/import refused: the target store already holds data/);
  const missing = captureIo(env);
  expect(await runCli(['import', join(dir, 'nope.jsonl')], missing)).toBe(1);
  expect(missing.err()).toMatch(/nope\.jsonl: cannot read it: no such file or folder/);
  const usage = captureIo(env);
  expect(await runCli(['export'], usage)).toBe(2);
  expect(usage.err()).toMatch(/Usage: newsbrief export <file\.jsonl \| ->/);
});

it('exits 2 naming the unreachable database without its password', async () => {
  const io = captureIo({});
  const url = 'postgres://newsbrief:hunter2@127.0.0.1:1/newsroom';
  expect(await runCli(['migrate', '--database', url], io)).toBe(2);
  expect(io.err()).toContain('cannot reach PostgreSQL at postgres://newsbrief@127.0.0.1:1/newsroom');
  expect(io.err()).not.toContain('hunter2');
});

it('every command runs on PostgreSQL when NEWSBRIEF_DATABASE_URL is set, and no SQLite file is made', async () => {
  const sqlite = join(dir, 'never-created.db');
  const env = {
    NEWSBRIEF_DB: sqlite,
    NEWSBRIEF_DATABASE_URL: database.url,
    NEWSBRIEF_DB_SCHEMA: database.freshSchema(),
  };
  const cli = async (args: string[], input: string[] = []) => {
    const io = captureIo(env, input);
    return { code: await runCli(args, io), out: io.out(), err: io.err() };
  };
  expect((await cli(['ingest', FLYNN_SAMPLE])).code).toBe(0);
  const list = await cli(['list', '--json']);
  expect(JSON.parse(list.out)).toMatchObject({ total: 1, stories: [{ id: 1, title: expect.stringMatching(/Flynn/) }] });
  const brief = await cli(['brief', 'flynn']);
  expect(brief.code).toBe(0);
  expect(brief.out).toMatch(/Spicer/);
  const ask = await cli(['ask', 'flynn', "who is Flynn's attorney?"]);
  expect(ask.out).toMatch(/Robert Kelner/);
  // The console chat on the same database: a follow-up scheduled there is listed by `schedules`.
  const chat = await cli(['start'], ['/brief follow flynn 09:00 UTC']);
  expect(chat.code).toBe(0);
  expect(chat.err).toMatch(/newsbrief: database postgres:\/\/postgres@127\.0\.0\.1:\d+\/t_\w+ \(schema s\d+\)/);
  expect((await cli(['schedules'])).out).toMatch(/console:.* follow .*flynn/i);
  expect((await cli(['delete', '1'])).code).toBe(0);
  expect(JSON.parse((await cli(['list', '--json'])).out).total).toBe(0);
  expect(existsSync(sqlite)).toBe(false);
}, 60_000);

it('find the store from a subdirectory and its .env as every other command does', async () => {
  // A relative NEWSBRIEF_DB is inside the newsbrief folder, whatever folder the command runs in.
  const target = join(dir, 'from-env.db');
  const sub = join(dir, 'desk', 'drafts');
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, '.env'), `NEWSBRIEF_DB=${relative(projectPath(), target)}\n`);
  const before = process.cwd();
  try {
    process.chdir(sub);
    const migrate = captureIo({});
    expect(await runCli(['migrate'], migrate)).toBe(0);
    expect(migrate.out()).toContain(`at ${target}: created a new, empty one with 20 migration(s): articles-001-init`);
    expect(existsSync(target)).toBe(true);
    expect(readdirSync(sub)).toEqual(['.env']);

    const file = join(dir, 'from-env.jsonl');
    const exported = captureIo({});
    expect(await runCli(['export', file], exported)).toBe(0);
    expect(exported.out()).toContain(`Exported ${target} to ${file}`);
  } finally {
    process.chdir(before);
  }
});

it('PostgreSQL settings for migrate, export and import: pool size and schema honoured, bad ones refused', async () => {
  const env = { NEWSBRIEF_DATABASE_URL: database.url, NEWSBRIEF_DB_SCHEMA: 'desk', NEWSBRIEF_DB_POOL_SIZE: '3' };
  expect(commandStoreLocation(captureIo(env), undefined)).toEqual({
    kind: 'postgres',
    url: database.url,
    schema: 'desk',
    poolSize: 3,
  });
  // --database names another server; the schema and pool size still come from the settings.
  const other = 'postgres://newsroom@127.0.0.1:5/other';
  expect(commandStoreLocation(captureIo({ NEWSBRIEF_DB_POOL_SIZE: '1' }), other)).toEqual({
    kind: 'postgres',
    url: other,
    poolSize: 1,
  });
  const bad = captureIo({ ...env, NEWSBRIEF_DB_POOL_SIZE: 'lots' });
  expect(await runCli(['migrate'], bad)).toBe(2);
  expect(bad.err()).toMatch(/NEWSBRIEF_DB_POOL_SIZE: must be a whole number in decimal digits \(1–200 connections\)/);
  const config = captureIo({ NEWSBRIEF_DB: join(dir, 'x.db'), SLACK_PORT: 'eighty' });
  expect(await runCli(['export', join(dir, 'x.jsonl')], config)).toBe(2);
  expect(config.err()).toMatch(/SLACK_PORT/);
});
