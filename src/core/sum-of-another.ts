import { FEATURE_NAMES } from './answer-feature-names';
import type { QuestionFeatures } from './answer-features';

const EXACT = FEATURE_NAMES.indexOf('exact');

/**
 * Below this share of the question's weight in the sentence's own words (exact or by stem), a sum in it is another
 * party's or another thing's. Read on the 808 (PolNeAR train questions): the money questions answered over a sentence
 * saying under 0.40 of the question were four unanswerable ones (0.24–0.32: "how much money has Faso's own campaign
 * raised?" over another donor's cheque) and one right answer at 0.39 ("door-knockers" paraphrased as "canvassers");
 * PolNeAR dev's one answered money question, unanswerable, sits at 0.28. The floor is the round value above dev's.
 */
const SUM_SHARE_FLOOR = 0.3;

/**
 * "How much cash does Sanders have on hand?" over "…raised over $6 million in the day after…": political and business
 * copy is full of sums, and any sentence holding one looks typed to the ranker. A money question's answer is a sum
 * said of the asked thing, so a sentence saying little of the question besides its sum is no answer to it.
 */
export function sumOfAnother(features: QuestionFeatures, index: number): string | undefined {
  if (features.type !== 'money') return undefined;
  const sentence = features.sentences.find((s) => s.index === index);
  if (!sentence || sentence.values[EXACT]! >= SUM_SHARE_FLOOR) return undefined;
  return 'The article gives a sum, but not for this.';
}
