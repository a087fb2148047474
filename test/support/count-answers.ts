import type { Analysis } from '../../src/core/analysis-types';
import { countFocus, countsFocus } from '../../src/core/answer-evidence';
import { answerQuestion } from '../../src/core/answer-question';
import { tokenizeWords } from '../../src/core/tokenize-words';

/** The first sentence the answer cites, or "doesn't say" when it cites none. */
export const firstCited = (analysis: Analysis, question: string): string => {
  const id = answerQuestion(analysis, question).sentenceIds[0];
  return analysis.sentences.find((s) => s.id === id)?.text ?? "doesn't say";
};

/** Whether the sentence carries a count of what the question asks "how many" of. */
export const counts = (sentence: string, question: string): boolean =>
  countsFocus(tokenizeWords(sentence), countFocus(question));
