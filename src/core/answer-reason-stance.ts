import type { Analysis } from './analysis-types';
import { saysReason } from './answer-reason-pair';
import type { QuestionTerms } from './answer-terms';
import { saysAskedVerb } from './answer-when-verb';
import { stanceVerb } from './stance-verb';

/**
 * A he/she/they subject opening the sentence, an adverb at most, then its verb: "He considers …", "She firmly
 * believed …". The pronoun takes up the actor of the sentence before, so the stance is that actor's.
 */
const PRONOUN_VERB = /^[\s"“‘']*(?:he|she|they)\s+(?:(?:also|still|now|long|firmly|privately)\s+)?([a-z]+)\b/i;

/**
 * "Why is the mayor sitting this one out?" over "Instead, Mr. Regalado intends to sit out the presidential race." and,
 * next, "He considers Mrs. Clinton untrustworthy, but views Mr. Trump as …": copy often reports an act and then, in
 * the sentence after it, the actor's own grounds, without any cause word (because, due to) a reason-pair could find.
 * When the first cited sentence says the asked verb and gives no reason, and the next sentence, in the same
 * paragraph, opens with a pronoun taking up that actor and a verb of thinking or judging (WordNet's verb.cognition,
 * stance-verb.ts), that sentence is the reason, cited first.
 */
export function stanceReasonNext(analysis: Analysis, first: number, terms: QuestionTerms): number | undefined {
  const { sentences } = analysis;
  const next = sentences[first + 1];
  if (!next || next.paragraph !== sentences[first]!.paragraph) return undefined;
  if (!saysAskedVerb(analysis, first, terms) || saysReason(sentences[first]!.text)) return undefined;
  const verb = PRONOUN_VERB.exec(next.text)?.[1];
  return verb !== undefined && stanceVerb(verb) ? first + 1 : undefined;
}
