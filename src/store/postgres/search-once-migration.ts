import type { PostgresMigration } from './postgres-migrations';

/**
 * articles-006's search asked for the loose query and the query together, two conditions on one
 * GIN index, and the planner made both index conditions: "over*" walked the postings of every
 * word it begins twice, a phrase's words once for the loose query and again for each field's
 * phrase, and each ranked story was matched once more to pick its query; the two conditions'
 * selectivities multiplied made a phrase look rare, so the planner left the span's id index out
 * and read every match's row in the table (EXPLAIN: 57,000 buffers for "call-centre" where one
 * condition reads 10,000). Session 22 measured it at 100,000 stories: about twice articles-004's
 * server CPU over the bench's queries (2.4 times for a single word). Now a query without a phrase
 * is looked for once; a phrase's candidates come from
 * the loose query's index scan and the phrase is checked on each candidate's tsvector as a filter
 * (ts_match_vq is not an operator, so the planner never makes it an index condition); the
 * recheck's candidates are tested for length before the phrase; without a phrase the rank reads
 * the query alone. Same matches, same order. A function only, its signature unchanged: no table
 * touched, replicas keep calling it.
 */
export const searchOnceMigration: PostgresMigration = {
  id: 'articles-007-search-reads-index-once',
  sql: `
    -- articles-006's newsbrief_search with the conditions above; its comments hold for the rest.
    CREATE OR REPLACE FUNCTION newsbrief_search(query text, max_hits integer, rank_window integer, loose text DEFAULT NULL,
                                                terms text[] DEFAULT NULL, phrases text[] DEFAULT NULL,
                                                every boolean DEFAULT true, max_rechecks integer DEFAULT 10)
    RETURNS TABLE (id bigint, title text, source text, url text, published_at text, ingested_at timestamptz, score real)
    LANGUAGE plpgsql VOLATILE ROWS 10
    AS $$
    DECLARE
      q tsquery := to_tsquery('newsbrief_words', query);
      recheck boolean := loose IS NOT NULL AND loose <> query AND EXISTS (SELECT 1 FROM unnest(phrases) p WHERE p IS NOT NULL);
      -- Without a phrase the loose query is the query (its words the same, only bracketed).
      l tsquery := CASE WHEN recheck THEN to_tsquery('newsbrief_words', loose) ELSE q END;
      budget integer := greatest(coalesce(max_rechecks, 0), 0);
      newest bigint := (SELECT a.id FROM articles a ORDER BY a.id DESC LIMIT 1);
      analysed boolean := (SELECT coalesce(pg_stat_get_last_analyze_time(t.oid), pg_stat_get_last_autoanalyze_time(t.oid))
                           IS NOT NULL FROM to_regclass('articles') t(oid));
      plan json;
      expected double precision;
      by_id boolean := false;
      span bigint := 3000;
      low bigint;
      high bigint;
      need integer;
      hits bigint[];
      longs bigint[];
      ids bigint[] := '{}';
    BEGIN
      IF newest IS NULL THEN RETURN; END IF;
      high := newest;
      low := newest - span;
      IF analysed THEN
        EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a WHERE a.search @@ $1' INTO plan USING l;
        expected := greatest((plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision, 1);
        IF expected * expected > 8 * rank_window * newest THEN
          by_id := true;
          low := newest - ceil(4 * rank_window * newest / expected)::bigint;
        END IF;
      END IF;
      LOOP
        PERFORM set_config('enable_seqscan', 'off', true),
                set_config(CASE WHEN by_id THEN 'enable_bitmapscan' ELSE 'enable_indexscan' END, 'off', true);
        need := rank_window - cardinality(ids);
        -- The phrase (q) only as a filter on the loose query's candidates: one index scan.
        IF by_id THEN
          hits := ARRAY(SELECT a.id FROM articles a WHERE a.id > low AND a.id <= high AND a.search @@ l
                          AND (NOT recheck OR ts_match_vq(a.search, q)) ORDER BY a.id DESC LIMIT need);
        ELSE
          hits := ARRAY(SELECT a.id FROM articles a WHERE a.search @@ l AND (NOT recheck OR ts_match_vq(a.search, q))
                          AND a.id > low AND a.id <= high ORDER BY a.id DESC LIMIT need);
        END IF;
        IF recheck AND budget > 0 THEN
          -- The length first: a short story (most) is never tested for the phrase.
          EXECUTE 'SELECT ARRAY(SELECT a.id FROM articles a WHERE a.search @@ $1 AND a.id > $3 AND a.id <= $4
                                AND CASE WHEN octet_length(a.title) + octet_length(a.entity_names)
                                          + octet_length(a.text) >= 16383 THEN NOT ts_match_vq(a.search, $2)
                                    ELSE false END ORDER BY a.id DESC LIMIT $5)'
            INTO longs USING l, q, CASE WHEN cardinality(hits) >= need THEN hits[need] ELSE low END, high, budget;
          budget := budget - cardinality(longs);
          hits := ARRAY(SELECT h.id FROM (SELECT unnest(hits) UNION ALL
                                          SELECT a.id FROM articles a WHERE a.id = ANY (longs)
                                            AND newsbrief_recheck(a.search, a.text, terms, phrases, every)) h(id)
                        ORDER BY h.id DESC LIMIT need);
        END IF;
        PERFORM set_config('enable_seqscan', 'on', true), set_config('enable_bitmapscan', 'on', true),
                set_config('enable_indexscan', 'on', true);
        ids := ids || hits;
        EXIT WHEN cardinality(ids) >= rank_window OR low < 1;
        by_id := false;
        high := low;
        span := greatest(span, newest - low) * 10;
        low := newest - span;
      END LOOP;
      RETURN QUERY
        SELECT a.id, a.title, a.source, a.url, a.published_at, a.ingested_at,
               ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search, CASE WHEN NOT recheck OR ts_match_vq(a.search, q) THEN q ELSE l END, 1) AS score
        FROM articles a WHERE a.id = ANY (ids)
        ORDER BY score DESC, a.id DESC LIMIT max_hits;
    END
    $$;
  `,
};
