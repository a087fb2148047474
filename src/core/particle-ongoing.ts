import data from './particle-verbs.json' with { type: 'json' };
import { regularVerbBases } from './regular-verb-bases';
import { wordListSet } from './word-list-set';

/** Split once on first use. */
const pairs = wordListSet(data as string);

/**
 * "Obama was weighing in by phone with the leaders …", "anxiety that is weighing on some union leaders", "voters are
 * seeking out the familiar": an ongoing-deliberation verb ("weighing", "seeking", "considering", …) followed at once by
 * an adverbial particle is a phrasal verb (to comment, to burden, to go after), not a choice still being made, so
 * nothing is left for the story to wait on (sample 54's #11). "is weighing whether to …", "is seeking a deal",
 * "is considering a bid" have the deliberation's object next and are read as before. The same small words are
 * prepositions as often ("is negotiating over the price"): the next word is a particle when the pair is a WordNet
 * phrasal verb (weigh_on, seek_out), or when it takes no object of its own ("weighing in by phone", "weighing in on"),
 * and a preposition when its noun phrase follows (review 57, R57-8). `match` ends on the verb.
 */
export function particleOngoing(text: string, index: number, match: string): boolean {
  const next = PARTICLE.exec(text.slice(index + match.length, index + match.length + 40));
  if (next === null) return false;
  // "weighing into the row": no deliberation verb takes "into" as a preposition, so it is always the particle.
  if (next[1]!.toLowerCase() === 'into' || !OBJECT_OPENS.test(next[2]!)) return true;
  const verb = /[a-z]+$/i.exec(match)?.[0]?.toLowerCase() ?? '';
  return regularVerbBases(verb).some((base) => pairs().has(`${base}_${next[1]!.toLowerCase()}`));
}

/** The adverbial particles of English phrasal verbs (a closed class), as the next word, and what follows it. */
const PARTICLE = /^\s+(in|into|on|out|up|down|off|over|back|about|around|through|away)\b(.*)$/is;
/** A noun phrase's opening: a determiner, a possessive, a number, or a name. */
const OBJECT_OPENS =
  /^\s+(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|each|every|all|both|no|several|many|\d|\p{Lu})/u;
