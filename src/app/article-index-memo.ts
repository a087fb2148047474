import type { Analysis } from '../core/analysis-types';
import type { ArticleIndex } from '../core/article-index';
import type { StoredArticle } from '../store/article-repository';
import { storedAnalysisKey } from '../store/stored-analysis-key';
import { recentMap } from './recent-map';

/** A thread's questions come to a few stories at a time; an index is a few hundred KB on a long story. */
const REMEMBERED = 16;

/**
 * The answer path's term index (src/core/article-index), kept per story between questions. The store hands back a
 * new analysis object for every question, so the engine's own per-object cache never hit and every thread question
 * built the index again (two content-term passes and three tokenisations of every sentence). An index is remembered
 * under the story, its text's content hash and `engine` (the engine's key and the label of what produced the analysis),
 * keyed as the brief's who is who is (stored-analysis-key.ts). Only an index the engine made is kept, so an answer that
 * never reads one (a model's) costs nothing here. The index's module loads on the first question: a brief never does.
 */
export function createArticleIndexMemo() {
  const remembered = recentMap<ArticleIndex>(REMEMBERED);
  return async <T>(
    article: Pick<StoredArticle, 'id' | 'contentHash'>,
    engine: string[],
    analysis: Analysis,
    answer: () => Promise<T>,
  ): Promise<T> => {
    const key = storedAnalysisKey(article, ...engine);
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
