import { expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { schemaBeforeStep } from '../support/schema-before-step';
import { createTestDatabase } from '../support/shared-postgres';

const STEP = 'conversations-002-links-outlive-stories';

it('drops the thread links key whatever it is named, so a deleted story keeps its thread link', async () => {
  const database = await createTestDatabase();
  // A schema from before the step, restored under another key name than PostgreSQL's default.
  const { schema, client } = await schemaBeforeStep(database, STEP);
  try {
    await client.query('ALTER TABLE thread_links RENAME CONSTRAINT thread_links_article_id_fkey TO restored_fk');
    const store = await openPostgresStore({ url: database.url, schema });
    try {
      const { article } = await store.articles.add({ source: 's', title: 'Ferry late', text: 'The ferry is late.' });
      await store.conversations.linkThread('slack:C1:1.0', article.id);
      expect(await store.articles.remove(article.id)).toMatchObject({ title: 'Ferry late' });
      expect(await store.conversations.articleForThread('slack:C1:1.0')).toBe(article.id);
    } finally {
      await store.close();
    }
  } finally {
    await client.end();
  }
}, 120_000);
