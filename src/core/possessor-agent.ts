import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';

/** Just before the agent: "from" or "by", and the titles or role words its name may open on ("from economist Tom"). */
const AGENT_BEFORE = /\b(?:from|by)\s+(?:(?:\p{Lu}[\p{L}.]*|\p{Ll}+)\s+){0,3}$/u;
/** A possessor opening its clause: nothing before it, or only a comma's clause or a title ("Councilor "). */
const CLAUSE_OPENING = /^(?:|.*,\s+|(?:\p{Lu}[\p{L}.]*\s+){1,2})$/u;

/**
 * "Mahoney's claim drew a sharp reply from Tom Ortiz, …. He said …": when the clause's subject is a thing a person
 * owns (a claim, a plan, an office), the possessor does not act in it; a person brought in by "from" or "by" after it
 * is the one who replies, criticises or rejects, and the likelier "he" or "she" of the next tag (audit 63, B-a63-1).
 * Whether `mention` is such an agent: a non-possessive name after "from"/"by", the sentence's subject before it a
 * possessor's noun. Nothing is said of a sentence whose subject is a person.
 */
export function possessorAgent(
  mention: PersonMention,
  sentence: Sentence,
  mentions: readonly PersonMention[],
): boolean {
  if (mention.possessive) return false;
  const local = (at: number): number => at - sentence.start;
  const before = sentence.text.slice(Math.max(0, local(mention.start) - 60), local(mention.start));
  if (!AGENT_BEFORE.test(before)) return false;
  const owner = mentions.find((m) => m.start < mention.start && m.person !== mention.person);
  if (!owner?.possessive) return false;
  return CLAUSE_OPENING.test(sentence.text.slice(Math.max(0, local(owner.start) - 200), local(owner.start)));
}
