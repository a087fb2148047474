import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { indexArticle } from './article-index';
import { firstWhere } from './first-where';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { asksShare, givesShare } from './share-absent';
import { matchTerm } from './term-match';

/**
 * "What share of Republicans would be scared by a Trump nomination?": when the ranker's best gives no part of any
 * whole, the best-ranked sentence giving one goes first, provided it says every question word the best says
 * (exactly or by a WordNet synonym): a share of another party or another vote ("Romney stumbled with 27 percent"
 * for Cruz's) answers nothing, and with none shareAbsent declines.
 */
export function shareFirst(analysis: Analysis, ranked: Ranked[], question: string, terms: QuestionTerms): Ranked[] {
  const top = ranked[0];
  if (!top || !asksShare(question) || givesShare(analysis.sentences[top.index]!.text)) return ranked;
  const index = indexArticle(analysis);
  const said = (at: number): string[] =>
    terms.terms.filter((t) => {
      const m = matchTerm(index, at, t);
      return m.exact > 0 || m.synonym > 0;
    });
  const topSays = said(top.index);
  return firstWhere(ranked, (r) => {
    if (!givesShare(analysis.sentences[r.index]!.text)) return false;
    const says = said(r.index);
    return topSays.every((t) => says.includes(t));
  });
}
