import { agentNoun } from './agent-noun';
import { DETERMINERS } from './determiners';
import { holdsVerb } from './holds-main-verb';
import { NOT_A_NOUN } from './not-a-noun';
import { ROLE_HEADS } from './role-heads';

/** A bare word, no stop, comma or possessive: "campaign", "co-host", "Democrat". */
const BARE_WORD = /^\p{L}[\p{L}-]*$/u;
/** Nouns for a party's member, which head a title as a role noun does ("ranking Democrat Elijah Cummings"). */
const PARTY_MEMBER = /^(?:democrat|republican)$/;

/**
 * Whether the words between two names make the first a modifier of a title the second holds: "Huckabee campaign
 * spokesman Hogan Gidley", "Clinton campaign manager Robby Mook", "Oversight ranking Democrat Elijah Cummings". The
 * title's last word is a role noun, the words before it are nouns or adjectives (no verb, preposition, adverb or
 * determiner: "Clinton told aide Jo Bell" is two people), so the phrase names the second, and the first says
 * whom that person works for. `between` is the copy from the first name's end to the second's start.
 */
export function titledNameBetween(between: string): boolean {
  if (between.length > 60 || !/^\s.*\s$/.test(between)) return false;
  const words = between.trim().split(/\s+/);
  if (words.length > 4 || !words.every((w) => BARE_WORD.test(w))) return false;
  let lower = 0;
  for (const word of words) {
    if (!/^\p{Ll}/u.test(word)) continue;
    lower++;
    if (NOT_A_NOUN.test(word) || DETERMINERS.has(word) || word.endsWith('ly') || holdsVerb(`he ${word}`)) return false;
  }
  const last = words[words.length - 1]!.toLowerCase();
  return lower > 0 && (ROLE_HEADS.has(last) || agentNoun(last) || PARTY_MEMBER.test(last));
}
