import type { WhoIsWho } from '../../core/who-is-who';
import { analysisMatch } from '../analysis-hash';
import type { AsyncArticleRepository } from '../async/async-store';
import type { PgDb } from './postgres-database';

/** Who is who kept beside a cached analysis (articles-009): the article repository's two methods for it. */
export function postgresWhoIsWho(db: PgDb): Pick<AsyncArticleRepository, 'getWhoIsWho' | 'saveWhoIsWho'> {
  return {
    async getWhoIsWho(articleId, engineKey) {
      const result = await db.query<{ who_is_who: WhoIsWho | null }>(
        'SELECT who_is_who FROM article_analyses WHERE article_id = $1 AND engine_key = $2',
        [articleId, engineKey],
      );
      return result.rows[0]?.who_is_who ?? undefined;
    },
    async saveWhoIsWho(articleId, engineKey, madeFrom, who) {
      // Who is who goes only beside the analysis it was made from: the same hash, or on a row with none (written
      // before articles-010, or imported) the same jsonb.
      const { hash, json } = analysisMatch(madeFrom);
      await db.query(
        `UPDATE article_analyses SET who_is_who = $1 WHERE article_id = $2 AND engine_key = $3
           AND (analysis_hash = $4 OR (analysis_hash IS NULL AND analysis_json = $5::jsonb))`,
        [JSON.stringify(who), articleId, engineKey, hash, json],
      );
    },
  };
}
