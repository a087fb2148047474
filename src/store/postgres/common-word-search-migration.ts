import type { PostgresMigration } from './postgres-migrations';

/**
 * Search for a common word at 100,000 stories: the GIN index hands back every story holding the
 * word (36,000 for "world*", about 0.5 µs apiece) even when only the newest few hundred are
 * ranked, so such a search cost 33-48 ms of server CPU and grew with the archive. Reading the
 * newest stories' words in id order stops once the ranking window is full (~4 µs a story, about
 * 1,000 stories for a word in a third of them): 4-7 ms. The planner's estimate of the matches
 * (ANALYZE keeps the frequent words' shares) picks the way; the same stories are ranked either
 * way. A function only, no table changes, so SQLite has no twin of this step.
 */
export const commonWordSearchMigration: PostgresMigration = {
  id: 'articles-004-common-words-newest-first',
  sql: `
    -- Search, best first: the rank_window most recent matches are ranked. A query the planner
    -- expects in many stories (the index would read more entries than the walk reads stories) is
    -- looked for by walking the newest stories in id order (bitmap scans off, so the GIN index is
    -- not read), over at most four times the stories the estimate needs; when that finds too few
    -- (a wrong estimate), or for any other query, the matches are looked for among the newest
    -- 3,000 articles first, then 30,000, ..., through the GIN index (plain and index scans off:
    -- the planner does not count reading each article's tsvector and would walk the id index
    -- testing every row). VOLATILE because a stable function may not run EXPLAIN; each statement
    -- then sees the newest commits, which a search tolerates (a story gone meanwhile is not ranked).
    CREATE OR REPLACE FUNCTION newsbrief_search(query text, max_hits integer, rank_window integer)
    RETURNS TABLE (id bigint, title text, source text, url text, published_at text, ingested_at timestamptz, score real)
    LANGUAGE plpgsql VOLATILE ROWS 10
    AS $$
    DECLARE
      q tsquery := to_tsquery('newsbrief_words', query);
      newest bigint := (SELECT a.id FROM articles a ORDER BY a.id DESC LIMIT 1);
      analysed boolean := (SELECT coalesce(pg_stat_get_last_analyze_time(t.oid), pg_stat_get_last_autoanalyze_time(t.oid))
                           IS NOT NULL FROM to_regclass('articles') t(oid));
      plan json;
      expected double precision;
      span bigint := 3000;
      ids bigint[] := '{}';
    BEGIN
      IF newest IS NULL THEN RETURN; END IF;
      IF analysed THEN
        EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a WHERE a.search @@ $1' INTO plan USING q;
        expected := greatest((plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision, 1);
        -- Index: ~0.5 µs per match in the whole table; walk: ~4 µs per story read, and
        -- newest × window / expected stories read to find the window.
        IF expected * expected > 8 * rank_window * newest THEN
          PERFORM set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true);
          ids := ARRAY(SELECT a.id FROM articles a
                       WHERE a.id > newest - ceil(4 * rank_window * newest / expected)::bigint AND a.search @@ q
                       ORDER BY a.id DESC LIMIT rank_window);
          PERFORM set_config('enable_seqscan', 'on', true), set_config('enable_bitmapscan', 'on', true);
        END IF;
      END IF;
      IF cardinality(ids) < rank_window THEN
        PERFORM set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true);
        LOOP
          ids := ARRAY(SELECT a.id FROM articles a WHERE a.search @@ q AND a.id > newest - span
                       ORDER BY a.id DESC LIMIT rank_window);
          EXIT WHEN cardinality(ids) >= rank_window OR span > newest;
          span := span * 10;
        END LOOP;
        PERFORM set_config('enable_seqscan', 'on', true), set_config('enable_indexscan', 'on', true);
      END IF;
      -- Weights {D, C, B, A}: body 0.1, entity names 0.4, title 1.0 (bm25's 1 : 4 : 10 on SQLite).
      RETURN QUERY
        SELECT a.id, a.title, a.source, a.url, a.published_at, a.ingested_at,
               ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search, q, 1) AS score
        FROM articles a WHERE a.id = ANY (ids)
        ORDER BY score DESC, a.id DESC LIMIT max_hits;
    END
    $$;
  `,
};
