import { holdsVerb } from './holds-main-verb';
import { regularVerbBases } from './regular-verb-bases';
import { SPEECH_VERBS } from './speech-verbs';
import { verbLemmas } from './verb-lemmas';

/**
 * Participles that work as prepositions ("including plans to …", "pending a plan to …"): what follows them is part of
 * the main clause's own object or condition, not a circumstance set beside it.
 */
const PREPOSITIONAL = /^(?:including|excluding|according|pending|regarding|concerning|considering|following)$/i;
/** A participle clause after a comma, running to the cue with no further clause break. */
const ADJUNCT = /,\s+([a-z]+ing)\s[^,;:()—–]*$/;
/** The cue word is a noun: a determiner or a possessive and up to one modifier stand before it ("a plan to"). */
const NOUN_BEFORE = /\b(?:a|an|the|its|his|her|their|our|this|these|those|[a-z]+['’]s)\s+(?:[a-z]+\s+)?$/i;

/**
 * Whether a pending cue's noun at `at` sits in a participle clause that only sets the circumstance of a main clause
 * with its own verb: "Hundreds of traders yesterday staged a sit-in outside the council offices, protesting a plan to
 * relocate them" reports a sit-in held, and the plan protested is no event the sentence says is still to come (audit
 * 59's B-a59-22, shown as "Pending:"). A participle of saying carries what was said (", saying it plans to …"), and
 * one used as a preposition the main clause's own content: both still count.
 */
export function participleAdjunct(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (!NOUN_BEFORE.test(before)) return false;
  const adjunct = ADJUNCT.exec(before);
  if (!adjunct) return false;
  const participle = adjunct[1]!.toLowerCase();
  if (PREPOSITIONAL.test(participle) || SPEECH_VERBS.has(participle)) return false;
  if (!regularVerbBases(participle).some((base) => verbLemmas().has(base))) return false;
  return holdsVerb(before.slice(0, adjunct.index));
}
