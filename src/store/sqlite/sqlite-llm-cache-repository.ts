import type Database from 'better-sqlite3';
import type { LlmCacheRepository } from '../llm-cache-repository';
import type { Migration } from './migrations';

/** Keyed by content hash rather than article id, so a re-ingested copy of a story reuses the result. */
export const llmCacheMigrations: readonly Migration[] = [
  {
    id: 'llm-cache-001-init',
    sql: `
      CREATE TABLE llm_cache (
        article_hash TEXT NOT NULL,
        model TEXT NOT NULL,
        prompt_version TEXT NOT NULL,
        analysis_json TEXT NOT NULL,
        produced_by TEXT NOT NULL,
        dropped_count INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_hash, model, prompt_version)
      );
    `,
  },
];

interface Row {
  analysis_json: string;
  produced_by: string;
  dropped_count: number;
  created_at: string;
}

export function createSqliteLlmCacheRepository(db: Database.Database): LlmCacheRepository {
  const find = db.prepare<[string, string, string], Row>(
    `SELECT analysis_json, produced_by, dropped_count, created_at FROM llm_cache
     WHERE article_hash = ? AND model = ? AND prompt_version = ?`,
  );
  // Only for a stored story's text, checked in the statement that writes (SQLite's write lock
  // makes it one step with any deletion): a model call still answering when its story was deleted
  // or rewritten must not bring the story's words back.
  const upsert = db.prepare(
    `INSERT INTO llm_cache (article_hash, model, prompt_version, analysis_json, produced_by, dropped_count, created_at)
     SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE content_hash = ?)
     ON CONFLICT(article_hash, model, prompt_version) DO UPDATE SET
       analysis_json = excluded.analysis_json, produced_by = excluded.produced_by,
       dropped_count = excluded.dropped_count, created_at = excluded.created_at`,
  );
  return {
    get(key) {
      const row = find.get(key.articleHash, key.model, key.promptVersion);
      if (!row) return undefined;
      return {
        analysis: JSON.parse(row.analysis_json),
        producedBy: row.produced_by,
        droppedCount: row.dropped_count,
        createdAt: row.created_at,
      };
    },
    put(key, entry) {
      upsert.run(
        key.articleHash,
        key.model,
        key.promptVersion,
        JSON.stringify(entry.analysis),
        entry.producedBy,
        entry.droppedCount,
        entry.createdAt,
        key.articleHash,
      );
    },
  };
}
