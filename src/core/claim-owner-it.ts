import { closedClassGiven } from './closed-class-given';
import { looksLikePerson } from './looks-like-person';
import { surname } from './mentions-entity';

/**
 * "North Korea's claim that it had successfully tested a hydrogen weapon": the claim's "it" is the claim's owner, and
 * asked alone ("Is it true that it had …?", sample 49's #20) it points at nothing. The owner's name, a capitalised
 * possessive right before the claim word, takes the pronoun's place; with no owner named there the question cannot
 * say what "it" is, and the passage is shown. An "it" the clause needs for itself ("that it is too late to …", "that it
 * takes years") is no one's: an "it" before a form of "be" or a weather or time verb is left as written.
 */
const OWNED_CLAIM_END =
  /(?:^|[\s"“(])((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s?\s+(?:[a-z][\w-]*\s+)?(?:claims?|allegations?|suggestions?|assertions?)\s+that\s+$/;
const DUMMY_IT =
  /^it\s+(?:is|was|'s|’s|will be|would be|has been|had been|seems|seemed|appears|appeared|takes|took|remains|remained)\b/i;

/**
 * The claim with its opening "it" named, the claim as it is, or null when "it" has no owner to name. `people` are the
 * article's persons known around the sentence (its actor, its main actor), whose surname alone may own a claim.
 */
export function claimOwnerIt(text: string, claim: string, people: readonly string[] = []): string | null {
  if (!/^it\s/i.test(claim) || DUMMY_IT.test(claim)) return claim;
  const owner = askedOwner(text, claim);
  // "Mayor Ann Bell's claim that it cost the town …": a person is never "it"; the pronoun is something the copy named
  // before, which the question cannot say (review 52's B-r52-1), so the passage is shown.
  if (!owner || ownerIsPerson(owner, text, people)) return null;
  return `${owner}${claim.slice(2)}`;
}

/**
 * The possessor of the claim word right before the asked clause, not of the first claim the sentence owns ("Acme's
 * claim that costs would fall, and Brightwater's claim that it …" is Brightwater's). A sentence-opening conjunction or
 * adverb ("But Brightwater's claim") is no part of the name.
 */
function askedOwner(text: string, claim: string): string | null {
  const head = claim.split(/\s+/).slice(0, 3).join(' ');
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    const words = OWNED_CLAIM_END.exec(text.slice(0, at))?.[1]?.split(/\s+/);
    if (!words) continue;
    // "The Council's" keeps its article, lower-cased by the question.
    const opener = (w: string) => w !== 'The' && closedClassGiven(w);
    while (words.length > 1 && opener(words[0]!)) words.shift();
    return opener(words[0]!) ? null : words.join(' ');
  }
  return null;
}

/**
 * A title, a first name or a person's role makes the owner a person (looks-like-person.ts, on the sentence), as does a
 * lone word that is the surname of a person the article names in full ("Bell's claim" beside Ann Bell).
 */
function ownerIsPerson(owner: string, text: string, people: readonly string[]): boolean {
  return (
    looksLikePerson(owner.replace(/^The\s+/, ''), text, false) ||
    (!/\s/.test(owner) && people.some((p) => p !== owner && surname(p) === owner))
  );
}
