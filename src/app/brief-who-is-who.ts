import type { Logger } from 'pino';
import type { Analysis } from '../core/analysis-types';
import type { WhoIsWho } from '../core/who-is-who';
import type { StoredArticle } from '../store/article-repository';
import type { AsyncArticleRepository } from '../store/async/async-store';
import { storedAnalysisKey } from '../store/stored-analysis-key';
import { recentMap } from './recent-map';

/** Briefs of the same stories come round often in a channel; a list is a few hundred bytes. */
const REMEMBERED = 500;

export interface BriefWhoIsWhoOptions {
  /**
   * Makes who is who from an analysis. The bot passes its worker pool's job: on a long political
   * story it took 30 ms of CPU at p95 and up to a second (PolNeAR; `npm run bench -- who-is-who`),
   * which on the main thread held every channel's commands. In this thread when omitted.
   */
  make?: (analysis: Analysis) => Promise<WhoIsWho>;
  /**
   * The store, where who is who is kept beside the analysis cached under `engineKey`: read before it is made,
   * written once made. A one-shot `brief` of a stored story then neither loads who-is-who's code and name
   * lists nor runs it (most of its cold start beyond node's own).
   */
  stored?: { articles: Pick<AsyncArticleRepository, 'getWhoIsWho' | 'saveWhoIsWho'>; engineKey: string };
  logger: Logger;
}

/** Loaded on first use: a brief whose who is who is stored does without the module. */
const makeHere = async (analysis: Analysis) => (await import('../core/who-is-who')).whoIsWho(analysis);

/**
 * A brief's who is who, remembered by story, text and engine (an analysis is the same for all
 * three), so a story briefed again does not send its analysis to the worker again. A failed job
 * (the worker stopped, its time budget spent) leaves the section out rather than the brief.
 */
export function createBriefWhoIsWho(options: BriefWhoIsWhoOptions) {
  const { stored, logger } = options;
  const make = options.make ?? makeHere;
  const remembered = recentMap<WhoIsWho>(REMEMBERED);
  return async (article: StoredArticle, engine: string, analysis: Analysis): Promise<WhoIsWho> => {
    const key = storedAnalysisKey(article, engine);
    const known = remembered.get(key);
    if (known) return known;
    const kept = await stored?.articles.getWhoIsWho(article.id, stored.engineKey);
    if (kept) return remembered.set(key, kept);
    let who: WhoIsWho;
    try {
      who = await make(analysis);
    } catch (error) {
      logger.warn({ err: error, articleId: article.id }, 'who is who could not be made; brief without it');
      return { people: [], organizations: [] };
    }
    if (stored) {
      // Only a cache: a store that cannot take it (busy, read-only) costs the next brief the making, not this one.
      await stored.articles
        .saveWhoIsWho(article.id, stored.engineKey, analysis, who)
        .catch((error: unknown) => logger.warn({ err: error, articleId: article.id }, 'who is who not stored'));
    }
    return remembered.set(key, who);
  };
}
