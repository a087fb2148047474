import type { Analysis } from './analysis-types';
import { indexArticle } from './article-index';
import { firstWhere } from './first-where';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { matchTerm } from './term-match';

/**
 * "Who denies the figures were altered?": the asked verb is what the answer must say. When the
 * ranker's best does not say it, the best-ranked sentence that does comes first, provided it covers
 * as much of the question (a premise noun alone, "figure", must not outweigh the act asked about).
 */
export function askedVerbFirst(analysis: Analysis, ranked: Ranked[], verb: string | undefined): Ranked[] {
  const top = ranked[0];
  if (verb === undefined || !top) return ranked;
  const index = indexArticle(analysis);
  const says = (r: Ranked): boolean => {
    const m = matchTerm(index, r.index, verb, true);
    return m.exact > 0 || m.synonym > 0;
  };
  if (says(top)) return ranked;
  return firstWhere(ranked, (r) => r.share >= top.share - 1e-9 && says(r));
}
