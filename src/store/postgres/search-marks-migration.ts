import type { PostgresMigration } from './postgres-migrations';

/**
 * Words as SQLite's tokenizer indexes them, marks and all. PostgreSQL's parser keeps "9/11" whole
 * (a file path), "1.2" (a number), "-19" in "covid-19" (a signed number) and "2024/25"; SQLite's
 * unicode61 splits every one at its marks into letter/digit runs, which is what a query searches
 * for ("9/11" is the phrase "9 11"). So "/brief 9/11" found the memorial story on SQLite and a
 * story with "11 March" in it on PostgreSQL. ASCII punctuation is read as a space before the
 * parser sees the text; the column is rebuilt (the table rewritten once), its index with it, and
 * the table analysed so the common-word search keeps the planner's estimate of each word.
 */
export const searchMarksMigration: PostgresMigration = {
  id: 'articles-005-search-splits-marks',
  sql: `
    ALTER TABLE articles DROP COLUMN search;
    ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('newsbrief_words', regexp_replace(title, '[!-/:-@[-\`{-~]', ' ', 'g')), 'A') ||
      setweight(to_tsvector('newsbrief_words', regexp_replace(entity_names, '[!-/:-@[-\`{-~]', ' ', 'g')), 'B') ||
      setweight(to_tsvector('newsbrief_words', regexp_replace(left(text, 500000), '[!-/:-@[-\`{-~]', ' ', 'g')), 'D')
    ) STORED;
    CREATE INDEX articles_search ON articles USING gin (search);
    ANALYZE articles;
  `,
};
