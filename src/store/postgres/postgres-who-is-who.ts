import type { WhoIsWho } from '../../core/who-is-who';
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
      // jsonb equality: who is who goes only beside the analysis it was made from.
      await db.query(
        'UPDATE article_analyses SET who_is_who = $1 WHERE article_id = $2 AND engine_key = $3 AND analysis_json = $4',
        [JSON.stringify(who), articleId, engineKey, JSON.stringify(madeFrom)],
      );
    },
  };
}
