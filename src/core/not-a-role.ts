import { handFirstName } from './hand-first-name';
import { HONORIFIC_ABBREV } from './role-apposition';
import { isRoleHead } from './role-heads';

/**
 * What the words after "Name," or before a name can be that is no role of that person (role-of.ts reads roles; this
 * says which it must refuse).
 */

/**
 * An apposition that is a clause, a comparison or a relation, not a role: "who said", "like his brother", "for his
 * wife"; an attribution ("sent or received by Clinton, according to a State Department spokesman") is the sentence's
 * source; "along with the star power of her husband" is a companion, not a post.
 */
const NOT_A_ROLE_WORD =
  /^(?:who|which|that|said|says|is|was|has|had|as|for|to|of|in|on|at|with|by|from|his|her|their|its|and|but|according|like|unlike|along|alongside|including|plus)\b/i;
/**
 * A predicate or an aside after "Name,", not a role: a modal or an auxiliary ("Sam Patel, will act as mayor until an
 * election in May", "David Leveaux, will also star Jessica Lange") or a sentence adverb ("Donald J. Trump, even as a
 * candidate, had elevated…"). Lower case only: "May" or "Will" may open a name.
 */
const PREDICATE =
  /^(?:will|would|can|could|may|might|must|shall|should|are|were|have|did|does|even|however|meanwhile|though|instead|perhaps|indeed)\b/;

export function notARole(role: string): boolean {
  return NOT_A_ROLE_WORD.test(role) || PREDICATE.test(role);
}

/** Words that, after a verb opening an apposition, put the first role noun in a phrase of its own. */
const OPENS_PHRASE = /^(?:with|for|to|his|her|their|its|our|about|against|after|like|at|in|on|from|by)$/;
const knownFirst = (word: string): boolean => handFirstName(word);
const TITLE_ABBREV = new RegExp(`^(?:${HONORIFIC_ABBREV})\\.$`);

/**
 * The apposition's first role noun is not what the apposition says the person is: it sits in a phrase after a
 * preposition after a verb ("W.C. Fields, joked with his best friend at the table", "Marine Le Pen, voiced support for
 * U.S. Republican presidential candidate Donald Trump"), or it is the title of another person named right after it ("Ron Howard, endorsed Republican
 * presidential candidate Sen. Ted Cruz in November": Cruz's). "Lloyd Newton, retired Air Force general" and "Allan
 * Lichtman, distinguished professor of history" reach their noun first.
 */
export function headPastClause(apposition: string): boolean {
  const words = apposition.split(/\s+/);
  const at = words.findIndex((w) => /^[a-z]/.test(w) && isRoleHead(w));
  if (at < 0) return false;
  // A past form first ("joked", "voiced") then a preposition before the noun: a predicate, its object someone else.
  if (/^[a-z]+ed$/.test(words[0]!) && words.slice(1, at).some((w) => OPENS_PHRASE.test(w))) return true;
  let next = at + 1;
  while (next < words.length && TITLE_ABBREV.test(words[next]!)) next++;
  if (!knownFirst(words[next] ?? '')) return false;
  // "Republican nominee Donald Trump’s wife": an owner's name leaves the noun after it to the person.
  let last = next + 1;
  while (/^(?:\p{Lu}[\p{L}\w'’-]+|[A-Z]\.)$/u.test(words[last + 1] ?? '')) last++;
  return /^\p{Lu}[\p{L}\w'’-]+$/u.test(words[last] ?? '') && !/['’]s?$/.test(words[last]!);
}

/** A time phrase closing an apposition ("named to the board as chairwoman last year"): when, not what. */
const TRAILING_TIME = /\s+(?:(?:last|this|next)\s+(?:year|month|week|spring|summer|fall|autumn|winter)|in\s+\d{4})$/;

/**
 * "Jane Alvarez, appointed by the president as ambassador to Japan": a past form opening the apposition is a
 * predicate (headPastClause refuses it), but the post it names follows "as" — that, and only that, is her role
 * ("ambassador to Japan"). Null when no role noun follows "as".
 */
export function roleAfterAs(apposition: string): string | null {
  const m = /^[a-z]+ed\b.*?\bas\s+(?:(?:the|a|an)\s+)?(.+)$/.exec(apposition);
  if (!m) return null;
  const role = m[1]!.replace(TRAILING_TIME, '');
  const lower = role.split(/\s+/).filter((w) => /^[a-z]/.test(w));
  return isRoleHead(lower[0] ?? '') ? role : null;
}

const FUNCTION_WORD = /^(?:of|for|to|and|or|with|by|at|in|on|from|the|a|an|about|as|than|like|between)$/;

/**
 * "Or maybe Jeb Bush, digital consultant Phil Musser says": an apposition ending on a lower-case role noun and a
 * full name is that other person's role ("aide to Senate Majority Leader Mitch McConnell" keeps its capitalised title);
 * so is one ending on a known given name and a surname after any lower-case word but a preposition or a conjunction
 * ("Tom Nides, ambassador for global women’s issues Melanie Verveer": a list running on to Verveer's post).
 */
export function otherNamesRole(role: string): boolean {
  const m = /(?:^|\s)([a-z][\w’'-]*)\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}\w'’-]+$/u.exec(role);
  if (!m) return false;
  // "adviser to then-President George W. Bush": a word holding a capital is a title, whose name it is.
  const lower = /^[a-z’'-]+$/.test(m[1]!) && !FUNCTION_WORD.test(m[1]!);
  return isRoleHead(m[1]!) || (lower && knownFirst(m[2]!));
}
