import type { QuestionTerms } from './answer-terms';
import type { AnswerTypeGroup } from './answer-type-group';
import type { AnswerType } from './question-type';

// What answer-features.ts returns: one row of features per sentence for the answer ranker (the names and their order
// live in answer-feature-names.ts).

/** One sentence as the answer ranker and the rules after it see it. */
export interface SentenceFeatures {
  /** Position in analysis.sentences. */
  index: number;
  values: number[];
  /** Share of the question's weight matched by the sentence alone (for "It says only that…"). */
  share: number;
  /** That share term by term (in terms.terms' order), summing to `share`. */
  termShares: number[];
  /**
   * The values without a pronoun read as the asked person's name, when the article has such a pronoun: whether the
   * article answers is judged on these, as the calibration was fitted (a "he" beside the topic is no proof of it).
   */
  held?: number[];
}

export interface QuestionFeatures {
  type: AnswerType;
  /** The type's group, which the abstention decision reads. */
  group: AnswerTypeGroup;
  terms: QuestionTerms;
  sentences: SentenceFeatures[];
  /** Share of the question's weight in words the article never uses, even as a synonym. */
  missing: number;
  /** Each question term's share of the question's weight (in terms.terms' order). */
  weights: number[];
}
