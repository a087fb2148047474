import type { Analysis, AnswerResult } from './analysis-types';

/** What a reader is shown when the copy says the asked fact is not known. */
export const NOT_KNOWN = 'The article reports that this is not known.';

/**
 * "Doesn't say", pointing at the sentence that says the fact is not known ("…has not said when it will reopen").
 * `declined: 'not-known'` lets a caller tell it from other abstentions without comparing the display sentence.
 */
export function answerNotKnown(analysis: Analysis, index: number): AnswerResult {
  return {
    answer: null,
    sentenceIds: [],
    reason: NOT_KNOWN,
    nearestId: analysis.sentences[index]!.id,
    declined: 'not-known',
  };
}
