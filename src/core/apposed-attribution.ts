/** A closing attribution tag that names its speaker with an apposition, cut from a sentence before it is asked. */

import { holdsVerb } from './holds-main-verb';
import { TRAILING_ADJUNCTS } from './trailing-adjuncts';

const SAY =
  '(?:said|says|say|told|stated|added|adds|claimed|claims|stressed|argued|insisted|explained|warned|believes|thinks|announced|confirmed|forecast|predicted|expects|estimated|estimates)';
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}`;
// A description opens with a determiner ("its deputy chairman") or, after the name, bare and lower-case ("deputy
// chairman of the trust"). A comma inside it may only come before a capitalised word, a list of names in its
// organisation's title ("the Dunmore, Harwick and Kelso trust"); any other comma closes it.
const LIST_TAIL = String.raw`(?:,\s+\p{Lu}[^,"“]{0,50}?)*`;
const DESCRIPTION = String.raw`(?:its|the|a|an|his|her|their|our)\s[^,"“]{1,50}?${LIST_TAIL}`;
const BARE = String.raw`\p{Ll}[^,"“]{1,50}?${LIST_TAIL}`;
// A bare inverted description is a post ("deputy chairman of the trust"), never a clause's opening word: ", said
// Patel, though not before June." goes on with the speaker's own qualification.
const FUNCTION_WORD = String.raw`(?!(?:and|but|or|nor|though|although|while|whereas|as|if|when|because|unless|until|not|so|yet|also|adding|noting|saying|which|who|that|in|on|at|to|for|with|after|before|by|from)\b)`;
// A tag's verb may take its hearer ("said on Monday", "told reporters", "told the Harwick Mail"), then any adjuncts.
const HEARER = String.raw`(?:\s+(?:(?:the\s)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}\p{L}*){0,3}|reporters|journalists))?${TRAILING_ADJUNCTS}`;
/**
 * Either way round, its verb with a hearer or a day, or inverted: ", its deputy chairman, Sam Patel, said on Monday.",
 * ", Sam Patel, deputy chairman of the trust, has said.", ", said Sam Patel, deputy chairman of the trust, on Monday."
 * (B-r42-16, B-r43-9, B-r44-6). Case is read as written: the name is capitalised, a description after it is
 * lower-case, so a clause of the copy ("…, and the ferry will stop, Patel said") stays.
 */
const APPOSED_ATTRIBUTION = new RegExp(
  `,\\s+(?:(?:${DESCRIPTION},\\s+${NAME}|${NAME},\\s+(?:${DESCRIPTION}|${BARE})),\\s+(?:(?:has|have|had)\\s+)?${SAY}${HEARER}|${SAY}\\s+(?:${NAME},\\s+(?<inverted>${DESCRIPTION}|${FUNCTION_WORD}${BARE})|(?<described>${DESCRIPTION}),\\s+${NAME})${TRAILING_ADJUNCTS})\\.?$`,
  'u',
);

/**
 * The text without its apposed closing tag. An inverted tag's bare description must hold no verb: ", said Patel,
 * adding that the quay would shut." goes on with a clause of its own, which the cut would drop half of.
 */
export function apposedAttribution(text: string): string {
  const tag = APPOSED_ATTRIBUTION.exec(text);
  if (!tag) return text;
  const inverted = tag.groups?.inverted ?? tag.groups?.described;
  if (inverted && holdsVerb(inverted)) return text;
  return text.slice(0, tag.index);
}
