import { messageNoun } from './message-noun';
import { personNoun } from './person-noun';

/**
 * A clause opening on a determiner and lower-case words: "A letter this month to the board …", "For instance, the
 * staff letter noted …". At most one fronted phrase before it.
 */
const OPENING =
  /^(?:[^,"“”]{1,40},\s+)?(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)((?:\s+[a-z][\w’'-]*){1,2})/;

/** "…, and it says", "…; it adds": the pronoun opens a clause coordinated with the clause before it. */
const COORDINATED = /(?:,\s*(?:and|but)|;)\s*$/;

/**
 * Whether a sentence's subject, as "it" would take it up, is a message — a WordNet noun.communication word
 * (message-noun.ts) that is no person's noun: "The memo from the panel …. "…," it stated" means the memo, and an
 * organisation merely named before it is not the one speaking (issue 11). `before` is the sentence's text up to the
 * pronoun when the pronoun is in it: then only a pronoun opening a coordinated clause reads the opening
 * ("the paper notes …, and it says"); a tag after reported words ("The report is late, it said") does not.
 */
export function messageSubject(text: string, own: boolean): boolean {
  if (own && !COORDINATED.test(text)) return false;
  const [first, second] = OPENING.exec(text)?.[1]?.trim().split(/\s+/) ?? [];
  if (!first || personNoun(first) || (second && personNoun(second))) return false;
  // The head is the first word or, after a modifier, the second; a second word in "-s" may be the verb ("The
  // ministry notes that …").
  return messageNoun(first) || (second !== undefined && !second.endsWith('s') && messageNoun(second));
}
