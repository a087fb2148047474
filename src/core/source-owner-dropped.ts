/**
 * A source named by whose they are: "the Texas senator's allies say", "Cruz's aides said", "her advisers believe".
 * The possessor (group 1) is the only word in such a sentence that may say who "his" or "she" is.
 */
const OWNED_SOURCE =
  /((?:\b[A-Z][\w.-]*\s+)*\b[A-Z][\w.-]*|\bthe\s+(?:[\w-]+\s+){0,2}[\w-]+)['’]s?\s+(?:[\w-]+\s+)?(?:allies|aides|advisers|advisors|associates|supporters|friends|confidants|lieutenants|backers|camp|team|spokes(?:man|woman|people))\s*,?\s+(?:say|says|said|believe|believed|argue|argued|insist|insisted|claim|claimed|contend|contended)\b/;
/** The templates that drop the sentence's source to ask who it is (phrase-question.ts's `vagueSource`). */
const ASKS_FOR_SOURCE = /^(?:Can a named source confirm that|Which \w+(?: \w+)? say)\b/;
const THIRD_PERSON = /\b(?:he|him|his|she|her|hers|himself|herself)\b/;

/**
 * Whether a question asking for a named source drops the possessor of the source it replaces while keeping a pronoun
 * that possessor stood for: "And the first step to improving his rancorous relationships, the Texas senator's allies
 * say, will be …" asked "Can a named source confirm that the first step to improving his rancorous relationships …?"
 * (sample 48's #15) leaves "his" pointing at no one. The passage is shown instead, with its source and whose they are.
 * A name the claim gives before the pronoun is what it points at: the question stands.
 */
export function sourceOwnerDropped(question: string, sentence: string): boolean {
  const opener = ASKS_FOR_SOURCE.exec(question);
  const claim = opener ? question.slice(opener[0].length) : '';
  // "… confirm that he intended to …": a subject pronoun opening the claim is named from the story's actor later.
  if (/^\s*(?:he|she)\b/.test(claim)) return false;
  const pronoun = THIRD_PERSON.exec(claim);
  // "… using Mr. Clinton … baggage that he brings", "Bernie Sanders intended to spend all his time": a name before
  // the pronoun is what it points at, and the question stands alone.
  if (!pronoun || /\b[A-Z][a-z]/.test(claim.slice(0, pronoun.index))) return false;
  const owner = OWNED_SOURCE.exec(sentence)?.[1];
  return owner !== undefined && !question.includes(owner.replace(/^the\s+/, ''));
}
