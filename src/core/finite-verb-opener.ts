import { NOT_A_NOUN } from './not-a-noun';
import { verbFormKind } from './verb-form-kind';

/**
 * What opens a verb's object or complement and never continues a noun phrase: a determiner, an object pronoun, a
 * preposition or conjunction (not-a-noun.ts) or a wh-word ("asked the minister", "urged them", "asked how many").
 */
const COMPLEMENT =
  /^(?:the|a|an|this|these|those|his|her|its|their|our|my|your|him|them|it|us|me|you|how|what|why|whom|if|every|each|all|no|some|any)$/;

/**
 * Whether a phrase after "Name," opens on a finite verb, so it is the sentence's predicate and the name was itself the
 * apposition ("The member for Dunmore, Kit Alder, asked the health minister …"). The verb is decided from WordNet
 * (verb-form-kind.ts). A regular form, or an irregular one that is a noun or an adjective too ("left"), counts only
 * before a word that opens an object, as a participle used as a modifier stands before the role's own noun ("retired Air Force general", "ousted campaign manager", "reviews
 * director" stay roles).
 */
export function finiteVerbOpener(phrase: string): boolean {
  const [first, second] = phrase
    .trim()
    .split(/\s+/, 2)
    .map((w) => w.replace(/[,;:.]+$/, ''));
  const kind = first === undefined ? null : verbFormKind(first);
  if (kind === null || kind === 'auxiliary' || kind === 'irregular') return kind !== null;
  const next = (second ?? '').toLowerCase();
  return COMPLEMENT.test(next) || NOT_A_NOUN.test(next);
}
