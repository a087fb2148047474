import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { tsQuery } from '../../src/store/postgres/ts-query';
import { schemaBeforeStep } from '../support/schema-before-step';
import { createTestDatabase, type TestDatabase } from '../support/shared-postgres';

const STEP = 'articles-006-phrase-past-position-limit';

it('finds, after the step, a phrase deep in a story stored before it, and still answers an older replica', async () => {
  const database = await createTestDatabase();
  const { schema, client } = await schemaBeforeStep(database, STEP);
  try {
    const insert = `INSERT INTO articles (source, title, text, content_hash, ingested_at, updated_at)
                    VALUES ('s', $1, $2, $3, now(), now()) RETURNING id`;
    const blog = Number(
      (await client.query(insert, ['Live: the day', `${'filler '.repeat(16_400)}Families marked 9/11.`, 'h1'])).rows[0]
        .id,
    );
    const older = `SELECT id FROM newsbrief_search($1, 10, 300)`;
    expect((await client.query(older, ["'9' <-> '11'"])).rows).toEqual([]);
    const store = await openPostgresStore({ url: database.url, schema });
    try {
      expect((await store.articles.search('9/11')).map((h) => h.id)).toEqual([blog]);
      // A replica still on the previous version calls with three arguments: answered as before.
      expect((await client.query(older, ["'filler' & 'families'"])).rows.map((r) => Number(r.id))).toEqual([blog]);
    } finally {
      await store.close();
    }
  } finally {
    await client.end();
  }
}, 120_000);

const PAST_LIMIT = 'filler '.repeat(16_400);

/** A fresh store and a client on its schema, to call newsbrief_search and read its reread count. */
async function storeAndClient(database: TestDatabase) {
  const schema = database.freshSchema();
  const store = await openPostgresStore({ url: database.url, schema });
  const client = new pg.Client({ connectionString: database.url, options: `-c search_path=${schema},public` });
  await client.connect();
  const add = async (title: string, text: string) =>
    (await store.articles.add({ source: 's', title, text })).article.id;
  /** The ids the search returns and how many stories' text it read window by window. */
  const search = async (query: string, maxRechecks?: number) => {
    const s = tsQuery(query, 'all')!;
    await client.query('BEGIN');
    try {
      await client.query(`SELECT set_config('newsbrief.rereads', '0', true)`);
      const rows = (
        await client.query('SELECT id FROM newsbrief_search($1, 10, 300, $2, $3, $4, $5, coalesce($6, 10))', [
          s.query,
          s.loose,
          s.terms,
          s.phrases,
          s.every,
          maxRechecks ?? null,
        ])
      ).rows.map((r) => Number(r.id));
      const rereads = Number((await client.query(`SELECT current_setting('newsbrief.rereads') AS n`)).rows[0].n);
      return { ids: rows, rereads };
    } finally {
      await client.query('COMMIT');
    }
  };
  const close = async () => {
    await client.end();
    await store.close();
  };
  return { store, client, add, search, close };
}

describe('the recheck reads only what can hold the phrase', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);
  const withStore = async (run: (t: Awaited<ReturnType<typeof storeAndClient>>) => Promise<void>) => {
    const t = await storeAndClient(database);
    try {
      await run(t);
    } finally {
      await t.close();
    }
  };

  it(
    'passes over a long story holding the runs inside other words ("2019, 11", "us" for "U.S.")',
    () =>
      withStore(async (t) => {
        const late = await t.add('Live: the day', `9 ${PAST_LIMIT}Families marked 9/11 at the memorial.`);
        await t.add('Live: the year', `9 ${PAST_LIMIT}In 2019, 11 people came; 11 more in 2020.`);
        expect(await t.search('9/11')).toEqual({ ids: [late], rereads: 1 });
        await t.add('Live: trade', `tariffs ${PAST_LIMIT}The U-turn left us on the bus; Trump's tariffs stay.`);
        expect(await t.search('U.S. tariffs')).toEqual({ ids: [], rereads: 0 });
        // A prefix still passes on the word it begins.
        const yorkshire = await t.add('Live: the north', `new ${PAST_LIMIT}Trains in New Yorkshire run late.`);
        expect((await t.search('new-york')).ids).toEqual([yorkshire]);
      }),
    120_000,
  );

  it(
    'rechecks the newest long candidates up to the cap, and returns the matching ones newest first',
    () =>
      withStore(async (t) => {
        const blogs = [];
        for (const day of ['one', 'two', 'three'])
          blogs.push(await t.add(`Live: day ${day}`, `${PAST_LIMIT}Day ${day} marked 9/11.`));
        expect(await t.search('9/11', 2)).toEqual({ ids: [blogs[2], blogs[1]], rereads: 2 });
      }),
    120_000,
  );

  it(
    'reads each long story once however far the search widens its span of ids',
    () =>
      withStore(async (t) => {
        const first = await t.add('Live: day one', `${PAST_LIMIT}Day one marked 9/11.`);
        // Ids far apart: the newest span holds one story, so the search widens past it.
        await t.client.query(`SELECT setval(pg_get_serial_sequence('articles', 'id'), 9000)`);
        const later = await t.add('Live: day two', `${PAST_LIMIT}Day two marked 9/11.`);
        expect(await t.search('9/11')).toEqual({ ids: [later, first], rereads: 2 });
      }),
    120_000,
  );
});
