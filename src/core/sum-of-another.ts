import type { Analysis } from './analysis-types';
import { FEATURE_NAMES } from './answer-feature-names';
import type { QuestionFeatures } from './answer-features';

const EXACT = FEATURE_NAMES.indexOf('exact');

/**
 * Below this share of the question's weight, a sum in the sentence is another party's or another thing's. Read on the
 * 808 (PolNeAR train questions): the money questions answered over a sentence saying under 0.40 of the question were
 * four unanswerable ones (0.24–0.32: "how much money has Faso's own campaign raised?" over another donor's cheque) and
 * one right answer at 0.39 ("door-knockers" paraphrased as "canvassers"); PolNeAR dev's one answered money question,
 * unanswerable, sits at 0.28. The floor is the round value above dev's.
 */
const SUM_SHARE_FLOOR = 0.3;

/**
 * "How much cash does Sanders have on hand?" over "…raised over $6 million in the day after…": political and business
 * copy is full of sums, and any sentence holding one looks typed to the ranker. A money question's answer is a sum
 * said of the asked thing, so a sentence saying little of the question besides its sum is no answer to it. Copy names
 * the premise once and then says "the council", "the work" (review 50 B-r50-4): a question term the sentence lacks but
 * the opening sentence or an earlier sentence of its paragraph says counts toward the share. The sentence's own share
 * is read without a resolved pronoun (`held`): a pronoun ranks, never vouches.
 */
export function sumOfAnother(analysis: Analysis, features: QuestionFeatures, index: number): string | undefined {
  if (features.type !== 'money') return undefined;
  const sentence = features.sentences.find((s) => s.index === index);
  if (!sentence) return undefined;
  const paragraph = analysis.sentences[index]!.paragraph;
  const setting = features.sentences.filter(
    (s) => s.index === index - 1 || (s.index < index && analysis.sentences[s.index]!.paragraph === paragraph),
  );
  // Only a name the article says rarely (answer-features' focus cut) is the premise named once: "Clinton" said all
  // through the copy establishes no one sum as hers, and a common noun ("the ad") before a sum of losses is no name.
  const rare = Math.max(2, Math.round(analysis.sentences.length * 0.08));
  const said = (k: number): number => features.sentences.filter((s) => s.termShares[k]! > 0).length;
  const { terms, nameTerms } = features.terms;
  const setsUp = (k: number): boolean =>
    nameTerms.has(terms[k]!) && setting.some((s) => s.termShares[k]! > 0) && said(k) <= rare;
  const established = sentence.termShares.reduce(
    (sum, share, k) => sum + (share === 0 && setsUp(k) ? features.weights[k]! : 0),
    0,
  );
  if ((sentence.held ?? sentence.values)[EXACT]! + established >= SUM_SHARE_FLOOR) return undefined;
  return 'The article gives a sum, but not for this.';
}
