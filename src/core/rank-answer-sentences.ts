import { answerScore } from './answer-model';

/** One candidate sentence as the answer ranker sees it. */
export interface RankedSentence {
  /** Position in analysis.sentences. */
  index: number;
  /** The ranker's logit. */
  score: number;
  /** Share of the question's weight matched by the sentence alone. */
  share: number;
  values: number[];
  /** The values whether the article answers is judged on, when they differ (SentenceFeatures.held). */
  held?: number[];
}

/**
 * The candidate sentences best first, ties to the earlier: the order answerQuestion cites from and
 * the "ranking alone" figure of `npm run eval` reads, so the two cannot drift apart.
 */
export function rankAnswerSentences(
  sentences: ReadonlyArray<{ index: number; share: number; values: number[]; held?: number[] }>,
): RankedSentence[] {
  return sentences
    .map((s) => ({ index: s.index, score: answerScore(s.values), share: s.share, values: s.values, held: s.held }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
