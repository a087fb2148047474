import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { tsQuery } from '../../src/store/postgres/ts-query';
import { countedInArticles, searchTestStore } from '../support/search-test-store';

// A word in every story is found among the newest stories the ranking window needs (articles-004
// walked them; since articles-008 the index's matches in a span sized by the estimate), not among
// the newest 3,000; a rare word still goes through the index. Either way the newest matches are
// the ones ranked. How many stories a search read is counted by PostgreSQL itself, in the
// searching transaction (pg_stat_get_xact_tuples_fetched).
const STORIES = 4_000;
const RANK_WINDOW = 300;

let store: AsyncStore;
let client: pg.Client;
beforeAll(async () => {
  ({ store, client } = await searchTestStore());
}, 120_000);
afterAll(async () => {
  await store.close();
  await client.end();
});

/**
 * Stories `from`..`to`, each "ferry" (with "strike" in every hundredth) or "harbour" alone, texts
 * of one length so ranks tie. One of 150 filler words each: as in any real archive, ANALYZE then
 * keeps over 100 frequent words, which the planner needs to estimate a prefix ("ferry*").
 */
async function addStories(from: number, to: number, word: 'ferry' | 'harbour'): Promise<void> {
  await client.query(
    `INSERT INTO articles (id, source, title, text, content_hash, ingested_at, updated_at)
     SELECT n, 'filler', initcap($3) || ' ' || n,
            'The ' || $3 || ' sailed on day ' || n || ' w' || (n % 150)
              || CASE WHEN n % 100 = 0 THEN ' strike' ELSE ' calm' END,
            'story-' || n, now(), now()
     FROM generate_series($1::integer, $2::integer) n`,
    [from, to, word],
  );
}

/** The hits' ids and how many stories the search read. */
async function searchCounting(query: string): Promise<{ ids: number[]; read: number }> {
  const { result, count } = await countedInArticles(client, 'tuples_fetched', async () =>
    (
      await client.query<{ id: string }>('SELECT id FROM newsbrief_search($1, 10, $2)', [
        tsQuery(query, 'all')!.query,
        RANK_WINDOW,
      ])
    ).rows.map((row) => Number(row.id)),
  );
  return { ids: result, read: count };
}

const newest = (last: number, step = 1) => Array.from({ length: 10 }, (_, n) => last - n * step);

it('walks the newest stories for a word in all of them once analysed, and still finds a rare one', async () => {
  await addStories(1, STORIES, 'ferry');

  // No statistics yet: the planner cannot tell a common word, so the newest 3,000 are read as before.
  const unanalysed = await searchCounting('ferry');
  expect(unanalysed.ids).toEqual(newest(STORIES));
  expect(unanalysed.read).toBeGreaterThanOrEqual(3_000);

  await client.query('ANALYZE articles');
  const common = await searchCounting('ferry');
  expect(common.ids).toEqual(newest(STORIES));
  // The window (300 stories) found, then the same 300 ranked.
  expect(common.read).toBeLessThan(3 * RANK_WINDOW);
  expect((await store.articles.search('ferry')).map((hit) => hit.id)).toEqual(newest(STORIES));

  const rare = await searchCounting('strike');
  expect(rare.ids).toEqual(newest(STORIES, 100));
}, 120_000);

it('finds the word through the index when the walk falls short (statistics older than the newest stories)', async () => {
  // Thousands of newer stories without the word, not yet analysed: the estimate still says
  // "in every story", the walk finds none, and the index finds the newest that have it.
  await addStories(STORIES + 1, STORIES + 3_000, 'harbour');
  const stale = await searchCounting('ferry');
  expect(stale.ids).toEqual(newest(STORIES));
  expect((await store.articles.search('ferry')).map((hit) => hit.id)).toEqual(newest(STORIES));
}, 120_000);
