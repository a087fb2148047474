import type { PostgresMigration } from './postgres-migrations';

/**
 * A phrase past the tsvector's reach. A tsvector keeps positions up to 16,383 (later words all sit
 * at 16,383) and 255 positions of a word, so a phrase deep in a long live blog (or after a word's
 * 255th use) was never adjacent on PostgreSQL and always found on SQLite. The search's candidates
 * are the stories holding each phrase's words anywhere (the GIN index still holds every word);
 * one the phrase query misses is rechecked when the body's tsvector lost positions: its text,
 * split as the index splits it, is read in overlapping stretches of 200 words, each a tsvector
 * well inside both limits. Functions only, no table touched (SQLite has no twin of this step);
 * the three-argument call of older replicas reaches the new function through its defaults.
 */
export const phraseRecheckMigration: PostgresMigration = {
  id: 'articles-006-phrase-past-position-limit',
  sql: `
    -- Whether the body holds the phrase (a weight-free tsquery) though the tsvector did not: only
    -- when one of its words lost positions (255 kept, or one at 16,383; a prefix stands for the
    -- words it begins), for before that the tsvector is exact, and only when the body's text, as
    -- the index reads it (accents off, lower case), has the phrase's runs in order with nothing
    -- but marks and spaces between (cheap, ~10 ms for 176,000 characters, where the reading below
    -- takes ~100 ms; a story holding the words apart stops there). The body is then read 200
    -- words at a time, each stretch starting 150 words after the last: a phrase spread over 50
    -- words or fewer (marks and spaces between its runs included) lies whole in one.
    CREATE FUNCTION newsbrief_body_phrase(search tsvector, body text, phrase text)
    RETURNS boolean LANGUAGE plpgsql STABLE
    AS $$
    DECLARE
      p tsquery := to_tsquery('newsbrief_words', phrase);
      runs text[] := ARRAY(SELECT lower(unaccent(m.run[1])) FROM regexp_matches(phrase, '''([^'']+)''', 'g')
                           WITH ORDINALITY m(run, n) ORDER BY m.n);
      -- The marks unaccent may give a run ("⑴" is "(1)") escaped. Runs are whole words: a mark or
      -- the text's start before the first, at least one mark between two (the query split its word
      -- at marks, so "us" is not "U.S."), and a mark or the end after the last unless it is a prefix
      -- ("9/11" does not pass on "2019, 11"; each false pass cost a ~100 ms reading).
      pattern text := '(^|[^[:alnum:]])'
        || array_to_string(ARRAY(SELECT regexp_replace(r.run, '([^[:alnum:]])', '\\\\\\1', 'g')
                                 FROM unnest(runs) WITH ORDINALITY r(run, n) ORDER BY r.n), '[^[:alnum:]]+')
        || CASE WHEN phrase ~ ':\\*$' THEN '' ELSE '([^[:alnum:]]|$)' END;
      words text[];
      i integer := 1;
    BEGIN
      IF NOT EXISTS (
        SELECT 1 FROM unnest(search) u, unnest(runs) run
        WHERE starts_with(u.lexeme, run)
          AND (cardinality(u.positions) >= 255 OR u.positions[cardinality(u.positions)] = 16383)
      ) OR lower(unaccent(left(body, 500000))) !~ pattern THEN
        RETURN false;
      END IF;
      -- Counted (transaction-local), so a test can tell a story read from one passed over.
      PERFORM set_config('newsbrief.rereads', (coalesce(nullif(current_setting('newsbrief.rereads', true), ''), '0')::integer + 1)::text, true);
      words := regexp_split_to_array(regexp_replace(left(body, 500000), '[!-/:-@[-\`{-~]', ' ', 'g'), '\\s+');
      WHILE i <= cardinality(words) LOOP
        IF to_tsvector('newsbrief_words', array_to_string(words[i:i + 199], ' ')) @@ p THEN RETURN true; END IF;
        i := i + 150;
      END LOOP;
      RETURN false;
    END
    $$;

    -- Whether a candidate the query missed matches it once its phrases are rechecked in the body.
    CREATE FUNCTION newsbrief_recheck(search tsvector, body text, terms text[], phrases text[], every boolean)
    RETURNS boolean LANGUAGE plpgsql STABLE
    AS $$
    DECLARE
      found boolean;
    BEGIN
      FOR i IN 1 .. cardinality(terms) LOOP
        found := search @@ to_tsquery('newsbrief_words', terms[i])
                 OR (phrases[i] IS NOT NULL AND newsbrief_body_phrase(search, body, phrases[i]));
        IF found <> every THEN RETURN found; END IF;
      END LOOP;
      RETURN every;
    END
    $$;

    -- As articles-004's, the matches now the query's or, among the loose query's candidates, the
    -- recheck's; a recheck's match is ranked by the loose query (the phrase has no positions to rank).
    -- Only a story of 16,383 bytes or more is rechecked (a position takes a byte at least, and
    -- octet_length reads no TOASTed text): reading every candidate's tsvector (~60 µs) made a
    -- phrase whose words are common but apart 20 times slower at 5,000 stories. So a shorter story
    -- whose phrase word is used 255 times or more is still missed. At most max_rechecks long
    -- candidates are rechecked per search, the newest (older than the rank window's last exact
    -- match none is): each costs ~10 ms to pass over and ~100 ms to read, and this search serves
    -- autocomplete, a call per keystroke, on the database every replica shares. Each span of ids
    -- is scanned once, the next span older than the last.
    DROP FUNCTION newsbrief_search(text, integer, integer);
    CREATE FUNCTION newsbrief_search(query text, max_hits integer, rank_window integer, loose text DEFAULT NULL,
                                     terms text[] DEFAULT NULL, phrases text[] DEFAULT NULL, every boolean DEFAULT true,
                                     max_rechecks integer DEFAULT 10)
    RETURNS TABLE (id bigint, title text, source text, url text, published_at text, ingested_at timestamptz, score real)
    LANGUAGE plpgsql VOLATILE ROWS 10
    AS $$
    DECLARE
      q tsquery := to_tsquery('newsbrief_words', query);
      l tsquery := to_tsquery('newsbrief_words', coalesce(loose, query));
      recheck boolean := loose IS NOT NULL AND loose <> query AND EXISTS (SELECT 1 FROM unnest(phrases) p WHERE p IS NOT NULL);
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
        -- Common words walk the ids newest first; rarer ones take the index's matches span by span.
        -- One statement for each way, as a statement's plan is kept across calls.
        PERFORM set_config('enable_seqscan', 'off', true),
                set_config(CASE WHEN by_id THEN 'enable_bitmapscan' ELSE 'enable_indexscan' END, 'off', true);
        need := rank_window - cardinality(ids);
        IF by_id THEN
          hits := ARRAY(SELECT a.id FROM articles a WHERE a.id > low AND a.id <= high AND a.search @@ l
                          AND a.search @@ q ORDER BY a.id DESC LIMIT need);
        ELSE
          hits := ARRAY(SELECT a.id FROM articles a WHERE a.search @@ l AND a.search @@ q AND a.id > low
                          AND a.id <= high ORDER BY a.id DESC LIMIT need);
        END IF;
        IF recheck AND budget > 0 THEN
          -- Planned at each call (under either way's settings); only a phrase search gets here.
          EXECUTE 'SELECT ARRAY(SELECT a.id FROM articles a WHERE a.search @@ $1 AND NOT a.search @@ $2 AND a.id > $3
                                AND a.id <= $4 AND octet_length(a.title) + octet_length(a.entity_names)
                                + octet_length(a.text) >= 16383 ORDER BY a.id DESC LIMIT $5)'
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
               ts_rank('{0.1, 0.2, 0.4, 1.0}', a.search, CASE WHEN a.search @@ q THEN q ELSE l END, 1) AS score
        FROM articles a WHERE a.id = ANY (ids)
        ORDER BY score DESC, a.id DESC LIMIT max_hits;
    END
    $$;
  `,
};
