import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { firstWhere } from './first-where';
import type { AnswerType } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { askedSumVerbs, sumOfVerb, sumsOfOtherActs } from './sum-verb-clause';

/** A sentence put first must still be on the question's topic: half the share the best covers. */
const ON_TOPIC = 0.5;

/**
 * "How much could the marina fetch?" over "The marina posted revenue of $6 million" and "…its marina, a business that
 * could fetch more than $40 million": a money question strips its verb from the words the ranker matches, so any sum
 * in a sentence naming the asked thing ranks, whatever act it measures (audit 57 B-a57-6, B-a57-10). When the best
 * sentence's sums are surely another act's (sum-verb-clause.ts), the best-ranked sentence on the topic giving a sum in
 * the clause of the asked verb (or a WordNet possession relative: "raise" ~ "bring in") goes first.
 */
export function sumVerbFirst(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  { type, terms }: { type: AnswerType; terms: QuestionTerms },
): Ranked[] {
  const top = ranked[0];
  if (!top || (type !== 'money' && type !== 'amount')) return ranked;
  const verbs = askedSumVerbs(question, terms.verb);
  if (verbs.size === 0) return ranked;
  const says = (r: Ranked): boolean => sumOfVerb(analysis.sentences[r.index]!.text, verbs);
  if (!sumsOfOtherActs(analysis.sentences[top.index]!.text, verbs)) return ranked;
  return firstWhere(ranked, (r) => r.share > 0 && r.share >= top.share * ON_TOPIC && says(r));
}

/**
 * "How much would the van toll raise?" over "Von Stetten wants to extend the toll … to vans. The ministry estimates that
 * the move would bring in around €2.8 billion a year": the sentence giving the sum names the act only as "the move", so
 * it holds no question word and the model finds nothing likely (audit 57 B-a57-18). The sentence right after one in
 * its paragraph saying every question word, giving a sum in the clause of the asked verb or a WordNet relative,
 * answers. Its index, or undefined.
 */
export function sumAfterTopic(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  { type, terms }: { type: AnswerType; terms: QuestionTerms },
): number | undefined {
  if (type !== 'money') return undefined;
  const verbs = askedSumVerbs(question, terms.verb);
  if (verbs.size === 0) return undefined;
  const full = new Set(ranked.filter((r) => r.share >= 1 - 1e-9).map((r) => r.index));
  const { sentences } = analysis;
  const after = ranked.find(
    (r) =>
      r.share === 0 &&
      full.has(r.index - 1) &&
      sentences[r.index - 1]!.paragraph === sentences[r.index]!.paragraph &&
      sumOfVerb(sentences[r.index]!.text, verbs),
  );
  return after?.index;
}
