import { agentNoun } from './agent-noun';
import { peoplePlural } from './people-plural';

/**
 * A verb form a plural subject takes and a singular one does not need: a past ("-ed", "said", "chanted"), an
 * auxiliary or modal, or a bare present of saying ("say", "tell"). A third-person "-s" verb never follows a plural
 * subject, so "Okafor answers questions" keeps "answers" as the verb.
 */
const PLURAL_VERB =
  /^(?:(?:also|have|had|later|then|again|all|both)\s+)?(?:[a-z]{3,}ed|said|told|made|met|led|left|took|gave|came|went|saw|knew|found|held|kept|thought|wrote|spoke|sang|began|stood|are|were|have|had|will|would|can|could|must|may|might|should|did|do|say|tell|insist|argue|warn|claim|believe|fear|worry|hope|want|expect)\b/;

/**
 * Whether `word`, after a name, is a plural noun for people by their role ("aides", "protesters", "allies",
 * "officials") that the words after it (`rest`) make the head of a plural subject: "Okafor aides said",
 * "Okafor protesters interrupted her". An "-s" word after a name reads as a verb by default ("Okafor remembers the
 * day", "Okafor answers questions"): only the verb agreeing with a plural after it shows it is the noun.
 */
export function pluralRoleNoun(word: string, rest: string): boolean {
  const singular = /ies$/.test(word)
    ? `${word.slice(0, -3)}y`
    : /[^s']s$/.test(word) && word.length > 3
      ? word.slice(0, -1)
      : null;
  if (!peoplePlural(word) && (singular === null || !agentNoun(singular))) return false;
  // An -ly word is an adverb ("Okafor only"), the noun "ally" aside.
  if (singular?.endsWith('ly') && singular !== 'ally') return false;
  return PLURAL_VERB.test(rest.trimStart()) && /^\s/.test(rest);
}
