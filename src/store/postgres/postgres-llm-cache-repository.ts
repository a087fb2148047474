import type { Analysis } from '../../core/analysis-types';
import type { AsyncLlmCacheRepository } from '../async/async-store';
import type { PgDb } from './postgres-database';

interface Row {
  analysis_json: Analysis;
  produced_by: string;
  dropped_count: number;
  created_at: string;
}

/** Shared by every replica: a story analysed by the model once is not sent to it again. */
export function createPostgresLlmCacheRepository(db: PgDb): AsyncLlmCacheRepository {
  return {
    async get(key) {
      const result = await db.query<Row>(
        `SELECT analysis_json, produced_by, dropped_count, created_at FROM llm_cache
         WHERE article_hash = $1 AND model = $2 AND prompt_version = $3`,
        [key.articleHash, key.model, key.promptVersion],
      );
      const row = result.rows[0];
      if (!row) return undefined;
      return {
        analysis: row.analysis_json,
        producedBy: row.produced_by,
        droppedCount: row.dropped_count,
        createdAt: row.created_at,
      };
    },
    async put(key, entry) {
      // Only for a stored story's text: a model call still answering when its story was deleted
      // (or rewritten) must not bring the story's words back. The story's row is share-locked
      // until the write commits, so a deletion either comes first (the lock then finds no row)
      // or waits, and then removes this result with the story's others.
      await db.tx(async (tx) => {
        const stored = await tx.query('SELECT 1 FROM articles WHERE content_hash = $1 FOR SHARE', [key.articleHash]);
        if (stored.rowCount === 0) return;
        await tx.query(
          `INSERT INTO llm_cache (article_hash, model, prompt_version, analysis_json, produced_by, dropped_count, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (article_hash, model, prompt_version) DO UPDATE SET
           analysis_json = excluded.analysis_json, produced_by = excluded.produced_by,
           dropped_count = excluded.dropped_count, created_at = excluded.created_at`,
          [
            key.articleHash,
            key.model,
            key.promptVersion,
            JSON.stringify(entry.analysis),
            entry.producedBy,
            entry.droppedCount,
            entry.createdAt,
          ],
        );
      });
    },
  };
}
