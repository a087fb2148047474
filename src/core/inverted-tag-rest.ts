import { holdsVerb } from './holds-main-verb';
import { TRAILING_ADJUNCTS } from './trailing-adjuncts';

/**
 * What follows an inverted tag taken out of a clause ("merge with Dunmore High, said Ann Lee, …"), read before the
 * clause is joined round it (review s45 B-r45-5):
 * - 'adjuncts': only the saying's own adjuncts up to the end (", said Ruth Hale, on Tuesday."), which go with the tag;
 *   joined, the question read "Will the ferry run to Kell in March on Tuesday?".
 * - 'apposition': a description of the speaker the tag names (a lower-case stretch with no verb, up to a comma or the
 *   end: ", said Ann Lee, head teacher, to parents"), or a name after a described speaker (", said the head teacher,
 *   Ann Lee, …"). Joined, it read "merge with Dunmore High head teacher, to parents on Monday"; the tag is left where
 *   it is, so the question that still holds it is never shown: the passage is, not a half-cut tag.
 * - undefined: anything else (the clause goes on: "The ferry, said Patel, will run"), or a tag that is not inverted.
 */
type InvertedTagRest = 'adjuncts' | 'apposition' | undefined;

/** The inverted tag's verb and what it names: a capitalised name, or a determiner phrase. */
const INVERTED =
  /^,\s+(?:said|says|added|adds|wrote|writes)\s+(?:(?<described>(?:the|a|an|his|her|its|their)\s)|\p{Lu})/u;
const ONLY_ADJUNCTS = new RegExp(`^${TRAILING_ADJUNCTS}\\s*[.!?]?$`);
/** The first stretch after the tag, up to a comma or the end of the sentence. */
const NEXT = /^([^,"“”]+)(?:,|[.!?]?$)/;
/** A lower-case stretch that opens a clause or an adjunct, not a description: ", though not before June". */
const NOT_DESCRIPTION =
  /^(?:and|but|or|nor|though|although|while|whereas|as|if|when|because|unless|until|not|so|yet|also|which|who|that|in|on|at|to|for|with|after|before|by|from|during|[a-z]+ing)\b/;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** `tag` is the matched tag with its commas (", said Ann Lee, "); `after` the words that follow it. */
export function invertedTagRest(tag: string, after: string): InvertedTagRest {
  const inverted = INVERTED.exec(tag);
  if (!inverted) return undefined;
  if (ONLY_ADJUNCTS.test(` ${after}`)) return 'adjuncts';
  const next = NEXT.exec(after.trim())?.[1]?.trim();
  if (!next) return undefined;
  const apposed = inverted.groups?.described
    ? NAME.test(next)
    : /^\p{Ll}/u.test(next) && !NOT_DESCRIPTION.test(next) && !holdsVerb(next);
  return apposed ? 'apposition' : undefined;
}
