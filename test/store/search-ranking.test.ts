import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { createTestDatabase } from '../support/shared-postgres';

/**
 * The same newsroom on both stores, the same queries a reporter would type, the story each
 * should bring up first. Many queries match several stories (India, China, Blair, Microsoft,
 * jobs), so the ranking decides; PostgreSQL must do at least as well as SQLite's FTS5.
 */
const BBC = join(import.meta.dirname, '../../../shared/eval/bbc/article');
const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'search-ranking.json'), 'utf8')) as Array<{
  query: string;
  expect: string;
}>;

function newsroom() {
  const articles = readdirSync(BBC).flatMap((section) =>
    readdirSync(join(BBC, section))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const text = readFileSync(join(BBC, section, f), 'utf8');
        return { source: `bbc/${section}/${f.replace(/\.txt$/, '')}`, title: text.split('\n')[0]!, text };
      }),
  );
  const flynn = readFileSync(join(import.meta.dirname, '../../../shared/samples/flynn-immunity.txt'), 'utf8');
  return [...articles, { source: 'flynn-immunity.txt', title: flynn.split('\n')[0]!, text: flynn }];
}

const stores: Record<string, () => Promise<AsyncStore>> = {
  SQLite: async () => openAsyncSqliteStore({ path: ':memory:' }),
  PostgreSQL: async () => openPostgresStore({ url: (await createTestDatabase()).url }),
};

for (const [name, open] of Object.entries(stores)) {
  describe(`search ranking: ${name}`, () => {
    let store: AsyncStore;
    beforeAll(async () => {
      store = await open();
      for (const article of newsroom()) await store.articles.add(article);
    }, 120_000);
    afterAll(() => store?.close());

    it('brings up the story each query means first', async () => {
      const wrong: string[] = [];
      for (const c of cases) {
        const top = (await store.articles.search(c.query))[0]?.source;
        if (top !== c.expect) wrong.push(`${c.query} → ${top ?? 'nothing'} (expected ${c.expect})`);
      }
      expect(wrong).toEqual([]);
      expect(cases.length).toBeGreaterThanOrEqual(50);
    });

    it('suggests the meant story for misspelt queries', async () => {
      const suggest = async (q: string) => (await store.articles.suggest(q))[0]?.source;
      expect(await suggest('flyyn imunity')).toBe('flynn-immunity.txt');
      expect(await suggest('isinbayva')).toBe('bbc/sport/006');
      expect(await suggest('playstaton chip')).toBe('bbc/tech/018');
      expect(await suggest('gibralter future')).toBe('bbc/politics/015');
    });
  });
}
