import { agentNoun } from './agent-noun';
import type { Sentence } from './analysis-types';
import { holdsVerb } from './holds-main-verb';
import { modifiedRoleNoun } from './modified-role-noun';
import { NOT_A_NOUN } from './not-a-noun';
import { pluralRoleNoun } from './plural-role-noun';

/** A determiner, a count or a year before the name: "one Clinton aide", "a 2008 Clinton veteran", "the Trump camp". */
const DETERMINED =
  /(?:^|[\s(—–-])(?:a|an|one|two|three|four|five|several|some|many|most|few|another|other|the|these|those|every|each|no)\s+(?:(?:former|top|senior|longtime|veteran|close|key|\d{4})\s+)?$/i;
/** The word right after the name: lower-case, in the same clause (no comma, quote mark or bracket between). */
const NEXT_WORD = /^ ([a-z][a-z-]*)\b/;

/**
 * Whether a name stands where a noun's modifier does, so it names whom the speaker works for, not the speaker:
 * after a determiner and before a noun ("one Clinton aide said", "said a 2008 Clinton veteran"), or, with no
 * determiner, before a singular noun for a person's role ("Clinton aide Huma Abedin", "Trump adviser said") or a plural
 * one whose own verb follows ("Trump aides said", plural-role-noun.ts).
 * `before` and `after` are the sentence's text on either side of the name.
 */
export function namePremodifier(before: string, after: string): boolean {
  const nextWord = NEXT_WORD.exec(after.slice(0, 40));
  const next = nextWord?.[1];
  if (!next || NOT_A_NOUN.test(next)) return false;
  // "Okafor aides said", "Okafor protesters interrupted": a plural role noun, its verb agreeing after it.
  if (pluralRoleNoun(next, after.slice(nextWord![0].length, 40))) return true;
  if (holdsVerb(`he ${next}`)) return false;
  // "Clinton economic advisers like Gene Sperling": a modifier between the name and the role noun (modified-role-noun.ts).
  if (modifiedRoleNoun(after.slice(0, 40))) return true;
  if (DETERMINED.test(before.slice(-40))) return true;
  // An -ly word after the name is its adverb ("Clinton emphatically denied"), the noun "ally" aside.
  return agentNoun(next) && (!next.endsWith('ly') || next === 'ally');
}

/**
 * namePremodifier for a name at absolute offsets [start, end) in `sentence`: it reads 40 characters on
 * either side, so a sentence with thousands of names is read in linear time, not once per name.
 */
export function mentionPremodifier(sentence: Sentence, start: number, end: number): boolean {
  const at = start - sentence.start;
  const to = end - sentence.start;
  return namePremodifier(sentence.text.slice(Math.max(0, at - 40), at), sentence.text.slice(to, to + 40));
}
