import { expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { schemaBeforeStep } from '../support/schema-before-step';
import { createTestDatabase } from '../support/shared-postgres';

const STEP = 'articles-005-search-splits-marks';

it('re-indexes the stories of an older database so "9/11" and "2024/25" are found as SQLite finds them', async () => {
  const database = await createTestDatabase();
  const { schema, client } = await schemaBeforeStep(database, STEP);
  try {
    // Stored by a version before the step: its index holds "9/11" and "2024/25" whole.
    const insert = `INSERT INTO articles (source, title, text, content_hash, ingested_at, updated_at)
                    VALUES ('s', $1, $2, $3, now(), now()) RETURNING id`;
    const memorial = (await client.query(insert, ['Memorial marks 9/11', 'Families gathered.', 'h1'])).rows[0].id;
    const budget = (await client.query(insert, ['Budget set', 'The 2024/25 budget passed.', 'h2'])).rows[0].id;
    await client.query(insert, ['Harbour works', 'Work starts on 11 March.', 'h3']);
    const store = await openPostgresStore({ url: database.url, schema });
    try {
      expect((await store.articles.search('9/11')).map((h) => Number(h.id))).toEqual([Number(memorial)]);
      expect((await store.articles.search('2024/25')).map((h) => Number(h.id))).toEqual([Number(budget)]);
      // Stories stored after the step are indexed the same way.
      const { article } = await store.articles.add({ source: 's', title: 'G-7 talks', text: 'Talks on 9/11 ended.' });
      expect((await store.articles.search('g-7')).map((h) => h.id)).toEqual([article.id]);
    } finally {
      await store.close();
    }
  } finally {
    await client.end();
  }
}, 120_000);
