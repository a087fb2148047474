import type { PostgresMigration } from './postgres-migrations';

/**
 * "Did you mean" at 100,000 stories: a typo of a word found in thousands of titles made pg_trgm
 * re-check its word similarity on every one of them (~15 µs each, 5,000 titles: 70 ms). Now only
 * the newest stories' titles are re-checked first. A function only, no table changes, so SQLite
 * has no twin of this step.
 */
export const suggestSpeedMigration: PostgresMigration = {
  id: 'articles-002-newest-first-suggest',
  sql: `
    -- "Did you mean", newest stories first: the closest titles among the newest 3,000 stories
    -- (the trigram and id indexes together pick the titles to re-check), and the older ones only
    -- when none of those is close enough. The caller re-orders these candidates by the same
    -- title similarity as SQLite and keeps the best few.
    CREATE OR REPLACE FUNCTION newsbrief_suggest(query text, candidates integer)
    RETURNS TABLE (id bigint, title text, source text, url text, published_at text, ingested_at timestamptz)
    LANGUAGE plpgsql STABLE ROWS 50 SET pg_trgm.word_similarity_threshold = 0.3
    AS $$
    DECLARE
      newest bigint := (SELECT max(a.id) FROM articles a);
      recent constant bigint := 3000;
    BEGIN
      IF newest IS NULL THEN RETURN; END IF;
      PERFORM set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true);
      RETURN QUERY
        SELECT a.id, a.title, a.source, a.url, a.published_at, a.ingested_at FROM articles a
        WHERE query <% a.title AND a.id > newest - recent
        ORDER BY word_similarity(query, a.title) DESC, a.id DESC LIMIT candidates;
      IF NOT FOUND AND newest > recent THEN
        RETURN QUERY
          SELECT a.id, a.title, a.source, a.url, a.published_at, a.ingested_at FROM articles a
          WHERE query <% a.title AND a.id <= newest - recent
          ORDER BY word_similarity(query, a.title) DESC, a.id DESC LIMIT candidates;
      END IF;
      PERFORM set_config('enable_seqscan', 'on', true), set_config('enable_indexscan', 'on', true);
    END
    $$;
  `,
};
