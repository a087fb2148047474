import type { Analysis } from '../core/analysis-types';
import type { ArticleIndex } from '../core/article-index';
import { recentMap } from './recent-map';

/** A thread's questions come to a few stories at a time; an index is a few hundred KB on a long story. */
const REMEMBERED = 16;

/**
 * The answer path's term index (src/core/article-index), kept per story between questions. The store hands back a
 * new analysis object for every question, so the engine's own per-object cache never hit and every thread question
 * built the index again (two content-term passes and three tokenisations of every sentence). `key` must name the
 * analysis: the story, its text's digest and the engine (key and the label of what produced it). Only an index the
 * engine made is kept, so an answer that never reads one (a model's) costs nothing here.
 */
export function createArticleIndexMemo() {
  const remembered = recentMap<ArticleIndex>(REMEMBERED);
  return async <T>(key: string, analysis: Analysis, answer: () => Promise<T>): Promise<T> => {
    const { adoptArticleIndex, madeArticleIndex } = await import('../core/article-index');
    const known = remembered.get(key);
    if (known) {
      adoptArticleIndex(analysis, known);
      return answer();
    }
    const result = await answer();
    const made = madeArticleIndex(analysis);
    if (made) remembered.set(key, made);
    return result;
  };
}
