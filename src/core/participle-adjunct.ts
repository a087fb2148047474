import { holdsVerb } from './holds-main-verb';
import data from './opposing-verbs.json' with { type: 'json' };
import { regularVerbBases } from './regular-verb-bases';
import { wordListSet } from './word-list-set';

/** WordNet's verbs of opposing, protesting, objecting, resisting and criticising (build-opposing-verbs.ts). */
const opposingVerbs = wordListSet(data as string);

/** A participle clause after a comma, running to the cue with no further clause break. */
const ADJUNCT = /,\s+([a-z]+ing)\s[^,;:()—–]*$/;
/** The cue word is a noun: a determiner or a possessive and up to one modifier stand before it ("a plan to"). */
const NOUN_BEFORE = /\b(?:a|an|the|its|his|her|their|our|this|these|those|[a-z]+['’]s)\s+(?:[a-z]+\s+)?$/i;

/**
 * Whether a pending cue's noun at `at` sits in a participle clause that only sets the circumstance of a main clause
 * with its own verb: "Hundreds of traders yesterday staged a sit-in outside the council offices, protesting a plan to
 * relocate them" reports a sit-in held, and the plan protested is no event the sentence says is still to come (audit
 * 59's B-a59-22, shown as "Pending:"). Only a participle of opposing someone else's plan sets it aside (review 61's
 * R61-6): one that adopts, backs or unveils it (", approving a plan to close two wards by March"), says it (", saying
 * it plans to …") or works as a preposition (", including a plan to …") names a plan still to come.
 */
export function participleAdjunct(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (!NOUN_BEFORE.test(before)) return false;
  const adjunct = ADJUNCT.exec(before);
  if (!adjunct) return false;
  if (!regularVerbBases(adjunct[1]!.toLowerCase()).some((base) => opposingVerbs().has(base))) return false;
  return holdsVerb(before.slice(0, adjunct.index));
}
