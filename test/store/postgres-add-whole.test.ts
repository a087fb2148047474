import pg from 'pg';
import { expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresPool, openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { createPostgresArticleRepository } from '../../src/store/postgres/postgres-article-repository';
import { type PgDb, poolDb } from '../../src/store/postgres/postgres-database';
import { useTestDatabase } from '../support/shared-postgres';
import { analysisTitled } from './store-samples';

// A new story added alone goes with its analysis in one statement; in a caller's transaction, and
// for a re-add or a rewrite in place, the add takes the statements it always took. Both must store
// and read back the same story, and a failure part way must leave nothing behind either way.
const database = useTestDatabase();
const ENGINE = 'extractive@1';
const refused = (): Analysis => analysisTitled('Has a \u0000 in it');

const HARBOUR = {
  source: 'wire',
  title: ' Harbour cranes stop ',
  text: 'Dock workers at Port Ellery halted the cranes on Monday.\n\n"We will not load a ship until the talks resume," said Ines Calloway, who leads the crane crews.',
  url: ' https://news.test/harbour ',
  byline: ' By Tomas Reyne ',
  publishedAt: '2026-03-01T08:00:00.000Z',
};
const BAKERY = {
  source: 'desk',
  title: 'Bakery reopens',
  text: 'The corner bakery on Quill Street reopened after the fire.',
};
const LIBRARY = {
  source: 'wire',
  title: 'Library extends its hours',
  text: 'The county library will stay open until nine on weekdays, its board decided.',
  url: 'https://news.test/library',
};

/** A store whose clock moves one second per reading, so the order of readings shows in the rows. */
async function storeWithClock() {
  let reads = 0;
  const now = () => new Date(Date.UTC(2026, 2, 2, 12, 0, reads++));
  const schema = database().freshSchema();
  return { schema, store: await openPostgresStore({ url: database().url, schema, now, poolSize: 2 }) };
}

async function tableRows(schema: string) {
  const client = new pg.Client(database().url);
  await client.connect();
  try {
    const read = async (sql: string) => (await client.query(sql)).rows;
    return {
      articles: await read(`SELECT *, search::text AS search FROM ${schema}.articles ORDER BY id`),
      analyses: await read(`SELECT * FROM ${schema}.article_analyses ORDER BY article_id, engine_key`),
    };
  } finally {
    await client.end();
  }
}

/**
 * New, the same text again (new entity names), new without analysis, the first's URL with new
 * text, new: each add alone or each in a transaction of its own; then everything the store reads
 * back about them, and the tables.
 */
async function addAndReadBack(inTransaction: boolean) {
  const { schema, store } = await storeWithClock();
  try {
    const add = (...args: Parameters<AsyncStore['articles']['add']>) =>
      inTransaction ? store.transaction((tx) => tx.articles.add(...args)) : store.articles.add(...args);
    const added = [
      await add(HARBOUR, {
        entityNames: ['Ines Calloway', ' Ines Calloway', 'Marrow Shipping Group'],
        analysis: { engineKey: ENGINE, analysis: analysisTitled('Harbour cranes stop') },
      }),
      await add(HARBOUR, { entityNames: ['Ines Calloway', 'Port Ellery Authority'] }),
      await add(BAKERY),
      await add(
        { ...HARBOUR, text: `${HARBOUR.text}\n\nTalks resume on Friday.` },
        { analysis: { engineKey: ENGINE, analysis: analysisTitled('Harbour talks resume') } },
      ),
      await add(LIBRARY, {
        entityNames: ['County Library Board'],
        analysis: { engineKey: ENGINE, analysis: analysisTitled('Library extends its hours') },
      }),
    ];
    const ids = [...new Set(added.map((a) => a.article.id))];
    const stories = await Promise.all(
      ids.map(async (id) => ({
        article: await store.articles.get(id),
        keys: await store.articles.analysisKeys(id),
        analysis: await store.articles.getAnalysis(id, ENGINE),
      })),
    );
    const found = async (query: string) => (await store.articles.search(query)).map((h) => h.id);
    const suggested = async (query: string) => (await store.articles.suggest(query)).map((h) => h.title);
    return {
      added,
      stories,
      byEntity: [await found('Marrow Shipping'), await found('Port Ellery Authority'), await found('library board')],
      suggestions: [await suggested('harbor crane stops'), await suggested('libary extends hours')],
      count: await store.articles.count(),
      tables: await tableRows(schema),
    };
  } finally {
    await store.close();
  }
}

it('reads back a story added in one statement as one added in a transaction: text, entities, analysis, suggestions, ids', async () => {
  const alone = await addAndReadBack(false);
  expect(alone.added.map((a) => a.outcome)).toEqual(['created', 'unchanged', 'created', 'updated', 'created']);
  const [harbour, , bakery, , library] = alone.added.map((a) => a.article.id);
  expect(alone.stories.find((s) => s.article?.id === library)?.analysis).toEqual(
    analysisTitled('Library extends its hours'),
  );
  expect(alone.byEntity).toEqual([[], [harbour], [library]]);
  expect(alone.suggestions[1]).toEqual(['Library extends its hours']);
  expect(alone.stories.find((s) => s.article?.id === bakery)?.keys).toEqual([]);
  expect(alone.tables.analyses).toHaveLength(2);
  expect(alone).toEqual(await addAndReadBack(true));
});

it('stores a new story with its analysis whole or not at all, in a transaction or not', async () => {
  const { store } = await storeWithClock();
  try {
    const add = (tx: Pick<AsyncStore, 'articles'> = store) =>
      tx.articles.add(
        { source: 's', title: 'Ferry strike', text: 'The ferry crews walked out.' },
        { entityNames: ['Ferry Union'], analysis: { engineKey: ENGINE, analysis: refused() } },
      );
    await expect(add()).rejects.toThrow(/unicode|escape/i);
    expect(await store.articles.count()).toBe(0);
    expect(await store.articles.search('ferry')).toEqual([]);
    const outcome = await store.transaction(async (tx) => {
      await expect(add(tx)).rejects.toThrow(/unicode|escape/i);
      return (await tx.articles.add({ source: 's', title: 'Bridge', text: 'The bridge opened.' })).outcome;
    });
    expect(outcome).toBe('created');
    expect(await store.articles.count()).toBe(1);
  } finally {
    await store.close();
  }
});

/** `db`, counting the statements sent outside a transaction and the transactions begun. */
function counted(db: PgDb, counts: { statements: number; transactions: number }): PgDb {
  return {
    inTransaction: db.inTransaction,
    query: (sql, params, options) => {
      counts.statements += 1;
      return db.query(sql, params, options);
    },
    tx: (work) => {
      counts.transactions += 1;
      return db.tx(work);
    },
  };
}

it('sends a new story and its analysis as one statement, and a re-add through a transaction', async () => {
  const { pool } = await openPostgresPool({ url: database().url, schema: database().freshSchema() });
  try {
    const counts = { statements: 0, transactions: 0 };
    const articles = createPostgresArticleRepository(counted(poolDb(pool, { retryForMs: 0 }), counts));
    const derived = { entityNames: ['Ines Calloway'], analysis: { engineKey: ENGINE, analysis: analysisTitled('H') } };
    expect((await articles.add(HARBOUR, derived)).outcome).toBe('created');
    expect(counts).toEqual({ statements: 1, transactions: 0 });
    expect((await articles.add(HARBOUR, derived)).outcome).toBe('unchanged');
    expect(counts).toEqual({ statements: 2, transactions: 1 });
  } finally {
    await pool.end();
  }
});

/** Four new stories and a re-add on one connection; how many times the server parsed an insert. */
async function insertParses(preparedStatements: boolean | undefined) {
  const { pool } = await openPostgresPool({ url: database().url, schema: database().freshSchema(), poolSize: 1 });
  const parse = vi.spyOn(pg.Connection.prototype, 'parse');
  try {
    const articles = createPostgresArticleRepository(poolDb(pool, { retryForMs: 0, preparedStatements }));
    const analysed = (title: string) => ({ analysis: { engineKey: ENGINE, analysis: analysisTitled(title) } });
    const outcomes = [
      (await articles.add(HARBOUR, analysed('Harbour'))).outcome,
      (await articles.add(LIBRARY, analysed('Library'))).outcome,
      (await articles.add(BAKERY)).outcome,
      (await articles.add({ ...BAKERY, source: 'wire', text: 'The bakery on Quill Street sold out by noon.' })).outcome,
      // Control: a re-add still finds the stored story (through the transaction it always took).
      (await articles.add(LIBRARY, analysed('Library'))).outcome,
    ];
    expect(outcomes).toEqual(['created', 'created', 'created', 'created', 'unchanged']);
    expect(await articles.count()).toBe(4);
    expect((await articles.getAnalysis((await articles.search('library'))[0]!.id, ENGINE))?.title).toBe('Library');
    return parse.mock.calls.filter(([query]) => /^(WITH added|INSERT INTO articles)/.test(query.text)).length;
  } finally {
    parse.mockRestore();
    await pool.end();
  }
}

it('parses the insert of a new story once a connection, and still stores each story once', async () => {
  // One parse for the insert with an analysis, one for the insert without (four on the base commit).
  expect(await insertParses(undefined)).toBe(2);
});

it('parses each insert anew when prepared statements are off, for a pooler in transaction mode', async () => {
  // A pooler may hand the next statement to a server connection that never saw a name: each
  // statement then carries its own parse (the four new stories, and the re-add's insert).
  expect(await insertParses(false)).toBe(5);
});

it('takes the prepared-statement setting from the store options (NEWSBRIEF_DB_PREPARED)', async () => {
  const parsesOfTwoStories = async (preparedStatements?: boolean) => {
    const schema = database().freshSchema();
    const store = await openPostgresStore({ url: database().url, schema, poolSize: 1, preparedStatements });
    const parse = vi.spyOn(pg.Connection.prototype, 'parse');
    try {
      await store.articles.add(BAKERY);
      await store.articles.add(LIBRARY);
      expect(await store.articles.count()).toBe(2);
      return parse.mock.calls.filter(([query]) => query.text.startsWith('INSERT INTO articles')).length;
    } finally {
      parse.mockRestore();
      await store.close();
    }
  };
  expect(await parsesOfTwoStories()).toBe(1);
  expect(await parsesOfTwoStories(false)).toBe(2);
});
