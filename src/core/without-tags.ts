import { WEEKDAYS } from './calendar-words';
import { leavesClauseOpen } from './close-gap';
import { invertedTagRest } from './inverted-tag-rest';

/**
 * An attribution tag set off by commas inside a claim ("…his backers, Clinton allies believe", "The ferry, its owners
 * say, will run…", "…in May, said the trust") names who says it; it is no part of what is said. A question that wraps
 * the claim in "confirm that …" must not carry it (sample 18's #3).
 */

/** Verbs a tag is made of, in every form a tag uses: "allies believe", "he has said", "aides privately fear". */
const TAG_VERB =
  '(?:say|says|said|believe|believes|believed|think|thinks|fear|fears|feared|suggest|suggests|suggested|argue|argues|argued|contend|contends|contended|insist|insists|insisted|warn|warns|warned|predict|predicts|predicted|expect|expects|claim|claims|claimed|note|notes|noted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded|maintain|maintains|maintained|allege|alleges|alleged|reckon|reckons|add|adds|added|wrote|writes|recalled|recalls|explained|stressed)';

/**
 * Words that cannot open a tag's subject: a relative or a subordinate clause (", which many believe", ", as critics
 * say"), a coordinated clause (", and analysts say"), a preposition.
 */
const NOT_SUBJECT =
  '(?:which|who|whom|whose|what|where|when|whenever|why|how|that|as|if|while|because|although|though|so|and|but|or|nor|than|since|for|to|in|on|at|with|by|from|of|into|after|before|until|unless|once|then|there|not)';

/**
 * A word of a tag's subject: never a form of "be" (", it was expected" is a clause), never "and"/"or" (", ferries and
 * trawlers say," is the end of a list, not a tag).
 */
const SUBJECT_WORD = "(?!(?:is|are|was|were|be|been|being|and|or)\\b)[\\w'’.-]+";
const SUBJECT = `(?!${NOT_SUBJECT}\\b)(?![a-z]+ing\\b)${SUBJECT_WORD}(?:\\s+${SUBJECT_WORD}){0,4}?`;

/** What a tag may carry after its verb: a day, "privately", "in a statement". */
const WHEN = `(?:\\s+(?:(?:on|last|this|early|earlier|late|later)\\s+)?(?:${WEEKDAYS}|today|yesterday|tonight|week|month|year|night|morning|afternoon|evening|privately|publicly|recently|earlier|later)|\\s+in\\s+(?:a|an)\\s+(?:[a-z]+\\s+)?(?:statement|interview|email|e-mail|letter|post|tweet|memo|briefing))?`;

/**
 * The tag itself: "Clinton allies believe", or inverted after a speech verb with a name or a determiner after it,
 * "said the trust on Monday", "said Mr. Price" (", said goodbye" is a second verb of the clause). Case is read as
 * written: a tag's verb is lower case, a name is not.
 */
const TAG = `(?:${SUBJECT}\\s+${TAG_VERB}${WHEN}|(?:said|says|added|adds|wrote|writes)\\s+(?:(?:the|a|an|his|her|its|their)\\s+${SUBJECT}|[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3})${WHEN})`;

/** A tag between commas; not one whose verb opens a quotation (", Trump said, ‘You tell me’"). */
const INSIDE = new RegExp(`,\\s+${TAG},\\s+(?![“"‘'])`);
const CLOSING = new RegExp(`,\\s+${TAG}\\s*([.!?…]?)$`);

/**
 * A question that still holds a tag set off by commas, closing the claim it wraps ("…backers, Clinton allies
 * believe?") or inside it: the clause of copy was taken with its attribution, and the question is never shown.
 */
export const TAG_IN_QUESTION = new RegExp(`,\\s+${TAG}(?:,\\s|\\?$)`);

/**
 * The clause without its comma-set tags. One that interrupts the clause (the words before it need what follows:
 * "The ferry, its owners say, will run") goes with both its commas; one after a whole clause ("…two interviews,
 * officials said, the first in Pakistan") ends it, as a closing one does ("…his backers, Clinton allies believe").
 */
export function withoutTags(clause: string): string {
  let out = clause;
  for (let found = INSIDE.exec(out); found; found = INSIDE.exec(out)) {
    const before = out.slice(0, found.index);
    const after = out.slice(found.index + found[0].length);
    // An inverted tag's own adjuncts go with it; its apposition is never left glued to the clause (inverted-tag-rest).
    const rest = invertedTagRest(found[0], after);
    if (!leavesClauseOpen(before, after) || rest === 'adjuncts') return before;
    if (rest === 'apposition') return out;
    out = `${before} ${after}`;
  }
  return out.replace(CLOSING, '$1');
}
