import { expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { schemaBeforeStep } from '../support/schema-before-step';
import { createTestDatabase } from '../support/shared-postgres';

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
