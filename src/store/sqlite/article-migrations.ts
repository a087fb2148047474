import type { Migration } from './migrations';

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
    `,
  },
];
