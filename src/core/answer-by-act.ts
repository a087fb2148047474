import type { Analysis } from './analysis-types';
import { placeClauseFirst } from './answer-place-clause';
import type { QuestionTerms } from './answer-terms';
import { whenVerbFirst } from './answer-when-verb';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

/** A when- or where-question's answer dates or places the asked act itself, not another in the same sentence. */
export const answerByAct = (analysis: Analysis, ranked: Ranked[], type: string, terms: QuestionTerms): Ranked[] =>
  type === 'time'
    ? whenVerbFirst(analysis, ranked, terms)
    : type === 'place'
      ? placeClauseFirst(analysis, ranked, terms)
      : ranked;
