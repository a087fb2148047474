import pg from 'pg';
import { expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { useTestDatabase } from '../support/shared-postgres';
import { analysisTitled } from './async-contract/article-cases';

// A new story and its analysis go in one statement outside a transaction, and through a savepoint
// inside one: either way a failure the server finds late (jsonb refuses a NUL escape) stores
// neither, and leaves a caller's transaction usable.
const database = useTestDatabase();
const refused = (): Analysis => analysisTitled('Has a \u0000 in it');
const CLOCK = ['2026-03-02T12:00:00.000Z', '2026-03-02T12:00:01.000Z', '2026-03-02T12:00:02.000Z'];

async function storeWithClock() {
  let reads = 0;
  const now = () => new Date(CLOCK[Math.min(reads++, CLOCK.length - 1)]!);
  const schema = database().freshSchema();
  return { schema, store: await openPostgresStore({ url: database().url, schema, now, poolSize: 2 }) };
}

it('stores a new story with its analysis whole or not at all, in a transaction or not', async () => {
  const { store } = await storeWithClock();
  try {
    const add = (tx: Pick<AsyncStore, 'articles'> = store) =>
      tx.articles.add(
        { source: 's', title: 'Ferry strike', text: 'The ferry crews walked out.' },
        { entityNames: ['Ferry Union'], analysis: { engineKey: 'extractive@1', analysis: refused() } },
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

it('stores the same rows for a new story in one statement as in a transaction', async () => {
  const rows = async (inTransaction: boolean) => {
    const { schema, store } = await storeWithClock();
    const article = {
      source: 's',
      title: ' Ferry strike ',
      text: 'The ferry crews walked out.',
      url: ' https://n.test/1 ',
    };
    const derived = {
      entityNames: ['Ferry Union', ' Ferry Union'],
      analysis: { engineKey: 'extractive@1', analysis: analysisTitled('F') },
    };
    const added = inTransaction
      ? await store.transaction((tx) => tx.articles.add(article, derived))
      : await store.articles.add(article, derived);
    await store.close();
    const client = new pg.Client(database().url);
    await client.connect();
    try {
      const read = async (sql: string) => (await client.query(sql)).rows;
      return {
        added,
        articles: await read(`SELECT *, search::text AS search FROM ${schema}.articles`),
        analyses: await read(`SELECT * FROM ${schema}.article_analyses`),
      };
    } finally {
      await client.end();
    }
  };
  const alone = await rows(false);
  expect(alone.added.outcome).toBe('created');
  expect(alone.analyses).toHaveLength(1);
  expect(alone.analyses[0].saved_at.toISOString()).toBe(CLOCK[1]);
  expect(alone).toEqual(await rows(true));
});
