import type { PostgresMigration } from './postgres-migrations';

/**
 * The search's tail (session 26, pg28). articles-007 looked for the newest rank_window matches in
 * spans of ids fixed in advance (3,000, 30,000, then all): each span an index scan that read the
 * query's postings again (a common prefix's ~18,000 entries every time) and every match's row in
 * the span, though only the newest few were kept ("brown": 2,700 rows read in the second span to
 * keep 27). A word the planner expects in many stories walked the newest stories instead, reading
 * each one's tsvector out of TOAST (about three buffers a story, five stories for each match kept).
 * Now every span is the index's matches within the id index's range (only the matches' rows read,
 * never a tsvector), and each span is sized to hold what is still needed: the first from the
 * planner's estimate (at most 3,000), the next from the matches found so far. A phrase search,
 * whose recheck budget is spent span by span, keeps articles-007's function, renamed. Same stories
 * ranked, same order; functions only, the signature unchanged: no table touched, replicas keep
 * calling it.
 */
export const searchSpansMigration: PostgresMigration = {
  id: 'articles-008-search-spans-by-estimate',
  sql: `
    ALTER FUNCTION newsbrief_search(text, integer, integer, text, text[], text[], boolean, integer)
      RENAME TO newsbrief_search_spans;
    CREATE FUNCTION newsbrief_search(query text, max_hits integer, rank_window integer, loose text DEFAULT NULL,
                                     terms text[] DEFAULT NULL, phrases text[] DEFAULT NULL, every boolean DEFAULT true,
                                     max_rechecks integer DEFAULT 10)
    RETURNS TABLE (id bigint, title text, source text, url text, published_at text, ingested_at timestamptz, score real)
    LANGUAGE plpgsql VOLATILE ROWS 10
    AS $$
    DECLARE
      q tsquery := to_tsquery('newsbrief_words', query);
      newest bigint;
      analysed boolean;
      plan json;
      expected double precision;
      span bigint := 3000;
      low bigint;
      high bigint;
      ids bigint[] := '{}';
      seqscan text := current_setting('enable_seqscan');
      indexscan text := current_setting('enable_indexscan');
    BEGIN
      IF loose IS NOT NULL AND loose <> query AND EXISTS (SELECT 1 FROM unnest(phrases) p WHERE p IS NOT NULL) THEN
        RETURN QUERY SELECT * FROM newsbrief_search_spans(query, max_hits, rank_window, loose, terms, phrases, every,
                                                         max_rechecks);
        RETURN;
      END IF;
      newest := (SELECT a.id FROM articles a ORDER BY a.id DESC LIMIT 1);
      IF newest IS NULL THEN RETURN; END IF;
      analysed := (SELECT coalesce(pg_stat_get_last_analyze_time(t.oid), pg_stat_get_last_autoanalyze_time(t.oid))
                   IS NOT NULL FROM to_regclass('articles') t(oid));
      IF analysed THEN
        -- A query expected in many stories starts with fewer, 1.5 times those that should hold the
        -- window; never more than 3,000, as the estimate can be low (a prefix no frequent word
        -- begins is guessed at 0.5% of the stories) and a span's matches are all read.
        EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a WHERE a.search @@ $1' INTO plan USING q;
        expected := greatest((plan -> 0 -> 'Plan' ->> 'Plan Rows')::double precision, 1);
        span := least(span, ceil(1.5 * rank_window * newest / expected)::bigint);
      END IF;
      high := newest;
      low := newest - span;
      -- Bitmap scans only: the GIN index's matches with the id index's range (BitmapAnd at 100,000
      -- stories), so only a span's matching rows are read, not each story's tsvector in id order.
      -- Local to the transaction, and put back as found below: an operator's own settings hold for
      -- the ranking statement and the rest of the caller's transaction (an error rolls them back).
      PERFORM set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true);
      LOOP
        IF low < 1 THEN
          -- The rest of the table: the id a filter (+ 0), not the id index's bitmap of every older story.
          ids := ids || ARRAY(SELECT a.id FROM articles a WHERE a.search @@ q AND a.id + 0 <= high
                              ORDER BY a.id DESC LIMIT rank_window - cardinality(ids));
        ELSE
          ids := ids || ARRAY(SELECT a.id FROM articles a WHERE a.search @@ q AND a.id > low AND a.id <= high
                              ORDER BY a.id DESC LIMIT rank_window - cardinality(ids));
        END IF;
        EXIT WHEN cardinality(ids) >= rank_window OR low < 1;
        -- The next span 1.5 times what the density found so far says the rest needs (all the older
        -- stories when that reaches past the oldest); ten times the stories searched when none matched.
        span := CASE WHEN cardinality(ids) = 0 THEN 10 * (newest - low)
                     ELSE ceil(1.5 * (rank_window - cardinality(ids)) * (newest - low) / cardinality(ids))::bigint END;
        high := low;
        low := low - span;
      END LOOP;
      PERFORM set_config('enable_seqscan', seqscan, true), set_config('enable_indexscan', indexscan, true);
      RETURN QUERY
        SELECT a.id, a.title, a.source, a.url, a.published_at, a.ingested_at,
               ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search, q, 1) AS score
        FROM articles a WHERE a.id = ANY (ids)
        ORDER BY score DESC, a.id DESC LIMIT max_hits;
    END
    $$;
  `,
};
