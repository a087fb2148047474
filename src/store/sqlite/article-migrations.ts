import type { Migration } from './migrations';

// Every column after the id, the same in the first table and its rebuild.
const ARTICLE_COLUMNS = `
        source TEXT NOT NULL,
        url TEXT UNIQUE,
        title TEXT NOT NULL,
        byline TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        published_at TEXT,
        ingested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        entity_names TEXT NOT NULL DEFAULT '',
        -- Last: reading the short columns of a hit must not walk the body's overflow pages.
        text TEXT NOT NULL
`;

// Keep the two full-text indexes in step with the table (external content).
const ARTICLE_TRIGGERS = `
      CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text, entity_names)
          VALUES (new.id, new.title, new.text, new.entity_names);
        INSERT INTO article_titles_trigram (rowid, title) VALUES (new.id, new.title);
      END;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text, entity_names)
          VALUES ('delete', old.id, old.title, old.text, old.entity_names);
        INSERT INTO article_titles_trigram (article_titles_trigram, rowid, title)
          VALUES ('delete', old.id, old.title);
      END;
      CREATE TRIGGER articles_au AFTER UPDATE OF title, text, entity_names ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text, entity_names)
          VALUES ('delete', old.id, old.title, old.text, old.entity_names);
        INSERT INTO articles_fts (rowid, title, text, entity_names)
          VALUES (new.id, new.title, new.text, new.entity_names);
        INSERT INTO article_titles_trigram (article_titles_trigram, rowid, title)
          VALUES ('delete', old.id, old.title);
        INSERT INTO article_titles_trigram (rowid, title) VALUES (new.id, new.title);
      END;
`;

/**
 * Articles, their cached analyses and two external-content FTS5 indexes kept in step by
 * triggers: words (title, body, entity names; bm25) and title trigrams ("did you mean").
 */
export const articleMigrations: readonly Migration[] = [
  {
    id: 'articles-001-init',
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        ${ARTICLE_COLUMNS}
      );
      CREATE INDEX articles_ingested_at ON articles (ingested_at);

      CREATE TABLE article_analyses (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        engine_key TEXT NOT NULL,
        analysis_json TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (article_id, engine_key)
      );

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, entity_names,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE article_titles_trigram USING fts5(
        title, content = 'articles', content_rowid = 'id', tokenize = 'trigram'
      );

      -- Per-trigram document counts, so "did you mean" can skip trigrams in half the titles.
      CREATE VIRTUAL TABLE article_titles_trigram_vocab USING fts5vocab(article_titles_trigram, 'row');

      ${ARTICLE_TRIGGERS}
    `,
  },
  {
    // Without AUTOINCREMENT SQLite gives a new row max(id) + 1: deleting the newest story freed
    // its id, and "/brief 12" typed from an old list briefed the next story added. As for
    // schedules (schedules-003), the table is rebuilt; five tables point at it, so foreign keys
    // are off for the step (the children keep their rows and, by name, point at the new table)
    // and checked before it commits. Ids stay as they were, so the full-text indexes still match
    // and only the triggers, dropped with the old table, are made again.
    // Numbered 003: PostgreSQL has an articles-002 of its own (search tuning) with no twin here,
    // and articles-004 to articles-007 likewise: the next step here is articles-008.
    id: 'articles-003-ids-never-reused',
    rebuildsParent: true,
    sql: `
      CREATE TABLE articles_next (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ${ARTICLE_COLUMNS}
      );
      INSERT INTO articles_next (id, source, url, title, byline, content_hash, published_at, ingested_at,
                                 updated_at, entity_names, text)
        SELECT id, source, url, title, byline, content_hash, published_at, ingested_at,
               updated_at, entity_names, text FROM articles;
      DROP TABLE articles;
      ALTER TABLE articles_next RENAME TO articles;
      CREATE INDEX articles_ingested_at ON articles (ingested_at);
      ${ARTICLE_TRIGGERS}
    `,
  },
  {
    // Who is who, kept beside the analysis it was made from (a brief writes it), so a brief of a stored story
    // reads it instead of making it: `newsbrief brief` no longer loads who-is-who's code and name lists. A
    // cache: NULL until the first brief, cleared when the analysis is saved again, not exported.
    // Numbered 009: PostgreSQL's articles-008 is search tuning with no twin here.
    id: 'articles-009-stored-who-is-who',
    sql: 'ALTER TABLE article_analyses ADD COLUMN who_is_who TEXT;',
  },
  {
    // The sha256 of analysis_json as written, set with it: who is who is stored beside the analysis it was made
    // from by matching this, not the whole text (a megabyte on a long story, on every first brief). NULL on rows
    // written before this step or imported, which are matched by their text as before. Not exported. The
    // trigger: a newsbrief of the previous release re-saves an analysis without the hash, which would then name
    // the analysis it replaced; a changed analysis whose hash was left as it was loses it.
    // Numbered as on PostgreSQL, where articles-010 is the same step.
    id: 'articles-010-analysis-hash',
    sql: `
      ALTER TABLE article_analyses ADD COLUMN analysis_hash TEXT;
      CREATE TRIGGER article_analyses_hash_kept AFTER UPDATE OF analysis_json ON article_analyses
        WHEN NEW.analysis_hash IS OLD.analysis_hash AND NEW.analysis_json IS NOT OLD.analysis_json
      BEGIN
        UPDATE article_analyses SET analysis_hash = NULL
          WHERE article_id = NEW.article_id AND engine_key = NEW.engine_key;
      END;
    `,
  },
];
