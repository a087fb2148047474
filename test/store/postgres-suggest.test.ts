import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { createTestDatabase } from '../support/shared-postgres';

let store: AsyncStore;
let client: pg.Client;
beforeAll(async () => {
  const database = await createTestDatabase();
  const schema = database.freshSchema();
  store = await openPostgresStore({ url: database.url, schema, now: () => new Date(0) });
  client = new pg.Client(database.url);
  await client.connect();
  await client.query(`SET search_path = ${schema}, public`);
}, 120_000);
afterAll(async () => {
  await store.close();
  await client.end();
});

/** `count` stories titled "Council budget vote <n>", ids after the ones already stored. */
async function addFiller(count: number): Promise<void> {
  await client.query(
    `INSERT INTO articles (source, title, text, content_hash, ingested_at, updated_at)
     SELECT 'filler', 'Council budget vote ' || n, 'Filler text ' || n, 'filler-' || n || '-' || $1::text, now(), now()
     FROM generate_series(1, $1::integer) n`,
    [count],
  );
}

// "Did you mean" re-checks the newest 3,000 stories' titles first; older ones are still found.
it('suggests an old story when no recent title is close, and prefers recent ones when both are', async () => {
  const old = await store.articles.add({ source: 'a', title: 'Harbour ferry strike', text: 'The ferry strike.' });
  await addFiller(3_500);
  expect((await store.articles.suggest('ferri strikez'))[0]?.id).toBe(old.article.id);

  const recent = await store.articles.add({ source: 'b', title: 'Harbour ferry strike ends', text: 'It ended.' });
  const hits = await store.articles.suggest('ferri strikez');
  expect(hits.map((h) => h.id)).toContain(recent.article.id);
  expect(hits.map((h) => h.id)).not.toContain(old.article.id);
});
