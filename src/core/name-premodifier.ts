import { agentNoun } from './agent-noun';
import { holdsVerb } from './holds-main-verb';

/** A determiner, a count or a year before the name: "one Clinton aide", "a 2008 Clinton veteran", "the Trump camp". */
const DETERMINED =
  /(?:^|[\s(—–-])(?:a|an|one|two|three|four|five|several|some|many|most|few|another|other|the|these|those|every|each|no)\s+(?:(?:former|top|senior|longtime|veteran|close|key|\d{4})\s+)?$/i;
/** The word right after the name: lower-case, in the same clause (no comma, quote mark or bracket between). */
const NEXT_WORD = /^ ([a-z][a-z-]*)\b/;
/** Function words that follow a name without being a noun it modifies ("a Trump win or loss" aside). */
const FUNCTION_WORD =
  /^(?:about|after|again|against|also|already|among|and|as|at|before|but|by|during|even|ever|for|from|if|in|into|is|just|later|like|never|nor|not|now|of|on|once|or|over|since|so|still|than|that|then|through|to|too|under|until|when|where|whether|which|while|who|whom|whose|with|without|yet)$/;

/**
 * Whether a name stands where a noun's modifier does, so it names whom the speaker works for, not the speaker:
 * after a determiner and before a noun ("one Clinton aide said", "said a 2008 Clinton veteran"), or, with no
 * determiner, before a singular noun for a person's role ("Clinton aide Huma Abedin", "Trump adviser said").
 * `before` and `after` are the sentence's text on either side of the name.
 */
export function namePremodifier(before: string, after: string): boolean {
  const next = NEXT_WORD.exec(after.slice(0, 40))?.[1];
  if (!next || FUNCTION_WORD.test(next) || holdsVerb(`he ${next}`)) return false;
  if (DETERMINED.test(before.slice(-40))) return true;
  // An -ly word after the name is its adverb ("Clinton emphatically denied"), the noun "ally" aside.
  return agentNoun(next) && (!next.endsWith('ly') || next === 'ally');
}
