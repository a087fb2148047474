import type { Logger } from 'pino';
import type { Analysis } from '../core/analysis-types';
import { type WhoIsWho, whoIsWho } from '../core/who-is-who';
import type { StoredArticle } from '../store/article-repository';

/** Briefs of the same stories come round often in a channel; a list is a few hundred bytes. */
const REMEMBERED = 500;

export interface BriefWhoIsWhoOptions {
  /**
   * Makes who is who from an analysis. The bot passes its worker pool's job: on a long political
   * story it took 30 ms of CPU at p95 and up to a second (PolNeAR; `npm run bench -- who-is-who`),
   * which on the main thread held every channel's commands. In this thread when omitted.
   */
  make?: (analysis: Analysis) => Promise<WhoIsWho>;
  logger: Logger;
}

/**
 * A brief's who is who, remembered by story, text and engine (an analysis is the same for all
 * three), so a story briefed again does not send its analysis to the worker again. A failed job
 * (the worker stopped, its time budget spent) leaves the section out rather than the brief.
 */
export function createBriefWhoIsWho(options: BriefWhoIsWhoOptions) {
  const make = options.make ?? (async (analysis: Analysis) => whoIsWho(analysis));
  const remembered = new Map<string, WhoIsWho>();
  return async (article: StoredArticle, engine: string, analysis: Analysis): Promise<WhoIsWho> => {
    const key = `${article.id}\u0000${article.contentHash}\u0000${engine}`;
    const known = remembered.get(key);
    if (known) {
      // Most recently used last: the Map's order is the eviction order.
      remembered.delete(key);
      remembered.set(key, known);
      return known;
    }
    let who: WhoIsWho;
    try {
      who = await make(analysis);
    } catch (error) {
      options.logger.warn({ err: error, articleId: article.id }, 'who is who could not be made; brief without it');
      return { people: [], organizations: [] };
    }
    remembered.set(key, who);
    if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
    return who;
  };
}
