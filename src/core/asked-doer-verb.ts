import type { QuestionFeatures } from './answer-feature-types';
import { passiveVoice } from './passive-voice';

/**
 * The verb whose doer a "who <verb>…?" question asks for (the ranker's `relation`, as a term), or undefined when the
 * question asks another type or is itself in the passive: "who was arrested?" asks for the one acted on.
 */
export function askedDoerVerb(
  { type, terms }: Pick<QuestionFeatures, 'type' | 'terms'>,
  question: string,
): string | undefined {
  const verb = terms.relation;
  if (type !== 'person' || verb === undefined || passiveVoice(question, verb).voice !== 'active') return undefined;
  return verb;
}
