import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';

/**
 * "His deputy, Mark Bell," / "her lawyer, Dr. Tom Reyes,": a name introduced as someone's relation through a possessive
 * pronoun, written just before it, that is not the prepositional opener of a clause ("At his rallies, Trump said").
 * Bounded to the 60 characters before the name, so a long sentence is read once.
 */
const RELATION_BEFORE =
  /(?:^|[^\p{L}\s]\s*|\b(?:and|but|while|as)\s+)([Hh]is|[Hh]er)\s+(?:[a-z][\p{L}-]*\s+){0,2}[a-z][\p{L}-]*,\s+(?:\p{Lu}\p{Ll}*\.\s+){0,2}$/u;

/**
 * The possessive pronoun ("his" or "her") that makes this mention someone else's relation, or null. The pronoun names
 * another person of its gender — the one the passage is about — so a later "he said" has two candidates: the
 * relation, named last, and the person whose relation it is.
 */
export function relationOfOther(mention: PersonMention, sentence: Sentence): 'his' | 'her' | null {
  const from = mention.start - sentence.start;
  // Cut mid-sentence, the slice's start is no sentence start: the "x" keeps "^" from matching there.
  const before = (from > 60 ? 'x' : '') + sentence.text.slice(Math.max(0, from - 60), from);
  const match = RELATION_BEFORE.exec(before);
  return match ? (match[1]!.toLowerCase() as 'his' | 'her') : null;
}
