import { FEATURE_NAMES } from './answer-feature-names';
import type { QuestionFeatures } from './answer-features';

const EXACT = FEATURE_NAMES.indexOf('exact');

/**
 * The sentence shares nothing with the question but a WordNet synonym of its verb ("took part" for "buying the
 * stake", through take ~ buy): no word of what the question is about, so it is off the topic, however the ranker
 * scores it. A sentence naming the asked thing, or saying the verb itself, is left to the ranker.
 */
export function verbSynonymOnly(features: QuestionFeatures, index: number): boolean {
  const { terms, sentences } = features;
  const verb = terms.verb;
  if (verb === undefined) return false;
  const at = terms.terms.indexOf(verb);
  const others = terms.terms.some((t, k) => k !== at && !terms.nameTerms.has(t));
  const sentence = sentences.find((s) => s.index === index);
  if (!others || !sentence || sentence.values[EXACT]! > 0 || !(sentence.termShares[at]! > 0)) return false;
  return sentence.termShares.every((share, k) => k === at || share === 0);
}
