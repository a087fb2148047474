import pg from 'pg';
import { beforeAll, expect, it } from 'vitest';
import { OUTCOME_UNKNOWN } from '../../src/app/channel-poster';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { DatabaseUnreachableError, redactDatabaseUrl } from '../../src/store/postgres/postgres-errors';
import { freePort } from '../support/free-port';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);

it('says which server it cannot reach, without the password', async () => {
  const port = await freePort();
  const url = `postgres://newsbrief:s3cret-pw@127.0.0.1:${port}/newsroom`;
  const error = await openPostgresStore({ url }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatabaseUnreachableError);
  const message = (error as Error).message;
  expect(message).toContain(`postgres://newsbrief@127.0.0.1:${port}/newsroom`);
  expect(message).toMatch(/ECONNREFUSED/);
  expect(message).not.toContain('s3cret-pw');
  expect(redactDatabaseUrl('not a url')).not.toContain('not a url');

  // A password in the query string (libpq and pg read it there too) is masked like one in the authority.
  const inQuery = redactDatabaseUrl('postgres://u@db.example/news?password=hunter2&sslmode=require&sslkey=k.pem');
  expect(inQuery).not.toContain('hunter2');
  expect(inQuery).not.toContain('k.pem');
  expect(inQuery).toContain('sslmode=require');

  // Any failure before the first statement is "unreachable", said in one line: here the test
  // server refuses TLS, which pg reports without a connection error code.
  const tlsRefused = `${database.url}${database.url.includes('?') ? '&' : '?'}sslmode=require`;
  await expect(openPostgresStore({ url: tlsRefused })).rejects.toBeInstanceOf(DatabaseUnreachableError);

  const noDatabase = database.url.replace(/\/[^/]+$/, '/no_such_db');
  await expect(openPostgresStore({ url: noDatabase })).rejects.toThrow(
    /cannot reach PostgreSQL at .*no_such_db.*does not exist/,
  );
});

it('migrates a schema once when replicas start together, and can refuse a schema that is behind', async () => {
  const schema = database.freshSchema();
  await expect(openPostgresStore({ url: database.url, schema, migrations: 'check' })).rejects.toThrow(
    /schema is behind \(articles-001-init, .*\): run newsbrief migrate/,
  );
  const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore({ url: database.url, schema, poolSize: 2 })));
  const checked = await openPostgresStore({ url: database.url, schema, migrations: 'check' });
  const client = new pg.Client(database.url);
  await client.connect();
  const applied = await client.query(`SELECT id FROM ${schema}.schema_migrations ORDER BY id`);
  expect(applied.rows.map((r) => r.id)).toEqual([
    'articles-001-init',
    'articles-002-newest-first-suggest',
    'articles-004-common-words-newest-first',
    'articles-005-search-splits-marks',
    'articles-006-phrase-past-position-limit',
    'articles-007-search-reads-index-once',
    'articles-008-search-spans-by-estimate',
    'articles-009-stored-who-is-who',
    'articles-010-analysis-hash',
    'conversations-001-init',
    'conversations-002-links-outlive-stories',
    'conversations-003-handled-at-index',
    'conversations-004-deleted-story-links',
    'conversations-005-cited-sentences',
    'conversations-006-thread-turns',
    'feeds-001-init',
    'llm-cache-001-init',
    'post-slots-001-init',
    'schedules-001-init',
    'schedules-002-first-attempt',
    'schedules-004-failure-kind',
    'schedules-005-follow-by-id',
    'schedules-006-one-per-channel',
    'schedules-007-owed-from',
  ]);
  // Newsrooms in separate schemas of one database do not see each other's stories.
  await stores[0]!.articles.add({ source: 's', title: 'Only here', text: 'Schema one.' });
  const other = await openPostgresStore({ url: database.url, schema: database.freshSchema() });
  expect(await other.articles.count()).toBe(0);
  expect(await checked.articles.count()).toBe(1);
  await client.end();
  await Promise.all([...stores, checked, other].map((s) => s.close()));
  await expect(openPostgresStore({ url: database.url, schema: 'Bad-Name' })).rejects.toThrow(/schema name/);
});

it('installs its extensions where every newsroom schema finds them', async () => {
  const admin = new pg.Client(database.url);
  await admin.connect();
  const name = `bare_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
  await admin.end();
  const url = database.url.replace(/\/[^/]+$/, `/${name}`);
  const first = await openPostgresStore({ url, schema: 'newsroom_a' });
  const second = await openPostgresStore({ url, schema: 'newsroom_b' });
  await second.articles.add({ source: 's', title: 'Café reopens', text: 'The café reopened.' });
  expect((await second.articles.search('cafe'))[0]?.title).toBe('Café reopens');
  expect((await second.articles.suggest('cafe reopns'))[0]?.title).toBe('Café reopens');
  expect(await first.articles.count()).toBe(0);
  await Promise.all([first.close(), second.close()]);
});

/**
 * A schema with one digest schedule, taken back to before `step`: its column dropped and the step
 * not recorded; `claims` then writes claims as that version did. The store reopened on it upgrades.
 */
async function olderSchema(
  step: string,
  column: string,
  claims: (client: pg.Client, scheduleId: number) => Promise<unknown>,
) {
  const schema = database.freshSchema();
  const current = await openPostgresStore({ url: database.url, schema });
  const s = await current.schedules.create({
    channelId: 'discord:1',
    kind: 'digest',
    time: '09:00',
    timezone: 'UTC',
    createdAt: '2017-03-30T12:00:00.000Z',
  });
  await current.close();
  const client = new pg.Client(database.url);
  await client.connect();
  await client.query(`SET search_path TO ${schema}`);
  await client.query(`ALTER TABLE schedule_claims DROP COLUMN ${column}`);
  await client.query('DELETE FROM schema_migrations WHERE id = $1', [step]);
  await claims(client, s.id);
  await client.end();
  return { upgraded: await openPostgresStore({ url: database.url, schema }), scheduleId: s.id };
}

it('upgrades an older schema: a claim made before first attempts were kept gets its last update as one', async () => {
  const { upgraded, scheduleId } = await olderSchema('schedules-002-first-attempt', 'first_attempt_at', (client, id) =>
    client.query(
      `INSERT INTO schedule_claims (schedule_id, slot, state, attempts, retry_at, last_error, updated_at)
       VALUES ($1, '2017-04-01T09:00:00Z', 'failed', 2, '2017-04-01T09:10:00Z', 'timeout', '2017-04-01T09:00:30Z')`,
      [id],
    ),
  );
  expect(await upgraded.schedules.getClaim(scheduleId, '2017-04-01T09:00:00.000Z')).toMatchObject({
    attempts: 2,
    firstAttemptAt: '2017-04-01T09:00:30.000Z',
  });
  await upgraded.close();
});

it('upgrades an older schema: a slot given up as maybe posted gets its typed reason from its error text', async () => {
  const { upgraded, scheduleId } = await olderSchema('schedules-004-failure-kind', 'failure_kind', (client, id) =>
    client.query(
      `INSERT INTO schedule_claims (schedule_id, slot, state, attempts, last_error, updated_at, first_attempt_at) VALUES
       ($1, '2017-04-01T09:00:00Z', 'failed', 2, $2, '2017-04-01T09:00:30Z', '2017-04-01T09:00:00Z'),
       ($1, '2017-04-02T09:00:00Z', 'failed', 3, 'timeout', '2017-04-02T09:00:30Z', '2017-04-02T09:00:00Z')`,
      [id, `${OUTCOME_UNKNOWN}: 120 messages since`],
    ),
  );
  expect(await upgraded.schedules.getClaim(scheduleId, '2017-04-01T09:00:00.000Z')).toMatchObject({
    failureKind: 'outcome-unknown',
  });
  expect(await upgraded.schedules.getClaim(scheduleId, '2017-04-02T09:00:00.000Z')).toMatchObject({
    failureKind: null,
  });
  await upgraded.close();
});

it('upgrades an older schema: a follow whose words are its story’s title was made by id and shows the title now', async () => {
  const schema = database.freshSchema();
  const current = await openPostgresStore({ url: database.url, schema });
  const { article } = await current.articles.add({
    source: 's',
    title: 'Council weighs ferry contract',
    text: 'The ferry.',
  });
  for (const [channelId, query] of [
    ['slack:C1', article.title],
    ['slack:C2', 'ferry'],
  ] as const)
    await current.schedules.create({
      channelId,
      kind: 'follow',
      articleId: article.id,
      query,
      time: '09:00',
      timezone: 'UTC',
    });
  await current.close();
  const client = new pg.Client(database.url);
  await client.connect();
  await client.query(`DELETE FROM ${schema}.schema_migrations WHERE id = 'schedules-005-follow-by-id'`);
  await client.end();

  const upgraded = await openPostgresStore({ url: database.url, schema });
  expect((await upgraded.schedules.list()).map((s) => s.query)).toEqual([null, 'ferry']);
  await upgraded.close();
});
