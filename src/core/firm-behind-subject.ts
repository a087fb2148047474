import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';

/** A nameless subject opening the sentence ("An independent report", "A survey"): no apposition comma before the name. */
const NAMELESS_SUBJECT = /^["“]?(?:an?|the|this|that)\s+[a-z][^,]*$/i;

/**
 * Whether a name a firm's "it" could take up stands behind another subject in its sentence: the object of a
 * preposition (the people index marks it), or inside a phrase a nameless subject opens ("An independent report commissioned by Hallam Steelworks
 * found …. "…," it said" is the report's, not the firm's; review 60, R60-5). "The quarry firm, Brannock Aggregates,
 * said" keeps the firm, the name in apposition to the subject.
 */
export function firmBehindSubject(mention: PersonMention, sentence: Sentence): boolean {
  const before = sentence.text.slice(0, mention.start - sentence.start);
  return mention.object || NAMELESS_SUBJECT.test(before.trim());
}
