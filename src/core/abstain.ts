import type { Analysis, AnswerResult } from './analysis-types';
import { FEATURE_NAMES } from './answer-feature-names';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

const EXACT = FEATURE_NAMES.indexOf('exact');
/** Below this share of the question's weight a sentence is not even on the question's topic. */
const NEAREST_SHARE = 0.4;
/** An abstention, with the sentence closest to the question when one is on its topic. */
export function abstain(analysis: Analysis, ranked: Ranked[], reason: string): Extract<AnswerResult, { answer: null }> {
  // The sentence sharing most of the question's own words (synonyms are too loose to point at),
  // the ranker's order breaking ties.
  let nearest: Ranked | undefined;
  for (const r of ranked) if (r.values[EXACT]! > (nearest?.values[EXACT] ?? NEAREST_SHARE - 1e-9)) nearest = r;
  if (!nearest) return { answer: null, sentenceIds: [], reason };
  return { answer: null, sentenceIds: [], reason, nearestId: analysis.sentences[nearest.index]!.id };
}
