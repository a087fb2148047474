import type { Analysis, AnswerResult } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { headlineAnswer, headlineDenial } from './headline-answer';

/**
 * The decline when only the headline says the asked act (headline-answer.ts), before any body sentence is read: one
 * that lacks the asked verb is not the answer, however close it scores.
 */
export function headlineOnly(analysis: Analysis, terms: QuestionTerms): AnswerResult | undefined {
  const headline = headlineAnswer(analysis, terms);
  if (headline?.negated) {
    // The body never says the act, but it does report the dispute: point at its report of the denial.
    const denial = headlineDenial(analysis);
    const reason = 'Only the headline names the act, and it denies it.';
    return denial === undefined
      ? { answer: null, sentenceIds: [], reason }
      : { answer: null, sentenceIds: [], reason, nearestId: analysis.sentences[denial]!.id };
  }
  if (headline !== undefined)
    return {
      answer: null,
      sentenceIds: [],
      reason: 'Only the headline says this; the body does not report it.',
      headline: headline.headline,
    };
  return undefined;
}
