import { holdsVerb } from './holds-main-verb';

/**
 * The last items of a list the source phrase opens ("…, aides and allies," after "according to interviews with
 * Cruz's friends"): the source's own words, which end at the comma after its last item, not at its first comma
 * (sample 37's #27, whose claim began "aides and allies, he wants …"). Items are one to three words with no verb
 * ("Smith and Jones agreed," is a clause, not a list's tail), the last one after "and"/"or", and a clause with its
 * own verb after them.
 */
const LIST_TAIL =
  /^,\s+((?:(?:[\w'’-]+\s+){0,2}[\w'’-]+,\s+)*(?:[\w'’-]+\s+){0,2}[\w'’-]+,?\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)(?=,)/;

/** The length of the list's tail at the start of `after` (from its comma up to the comma after its last item), or 0. */
export function sourceListTail(after: string): number {
  const tail = LIST_TAIL.exec(after);
  // Read after an article, so a plural noun opening the tail ("aides and allies") is not taken for an "-s" verb.
  if (!tail || holdsVerb(`the ${tail[1]}`)) return 0;
  // The claim's clause follows the tail, with its verb: "…, cuts and closures, which the council denies, have hit" and
  // "…, cuts and closures, the result of the budget, have hit" make the list the claim's subject, its aside after it.
  const clause = /^,\s+(?!(?:which|who|whom|whose|that|where|when)\b)([^,]*)/i.exec(after.slice(tail[0].length));
  return clause && holdsVerb(clause[1]!) ? tail[0].length : 0;
}
