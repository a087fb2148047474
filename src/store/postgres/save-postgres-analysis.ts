import type { Analysis } from '../../core/analysis-types';
import { analysisToStore } from '../analysis-hash';
import { engineKeyPrefix } from '../engine-key-prefix';
import type { PgDb } from './postgres-database';

export interface SavedAnalysis {
  articleId: number;
  engineKey: string;
  analysis: Analysis;
  savedAt: string;
}

/**
 * Stores a story's analysis under its engine key. One statement, so atomic on its own: the same engine's other
 * versions go as the new one is stored (nothing reads them after it).
 */
export async function savePostgresAnalysis(target: PgDb, saved: SavedAnalysis): Promise<void> {
  const { articleId, engineKey, analysis, savedAt } = saved;
  const { json, hash } = analysisToStore(analysis);
  await target.query(
    `WITH other_versions AS (
       DELETE FROM article_analyses
       WHERE article_id = $1 AND engine_key <> $2 AND left(engine_key, length($5)) = $5
     )
     INSERT INTO article_analyses (article_id, engine_key, analysis_json, analysis_hash, saved_at)
       VALUES ($1, $2, $3, $6, $4)
     ON CONFLICT (article_id, engine_key) DO UPDATE SET analysis_json = excluded.analysis_json,
       analysis_hash = excluded.analysis_hash, saved_at = excluded.saved_at, who_is_who = NULL`,
    [articleId, engineKey, json, savedAt, engineKeyPrefix(engineKey), hash],
  );
}
