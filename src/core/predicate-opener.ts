import { finiteVerbOpener } from './finite-verb-opener';
import { personNoun } from './person-noun';
import { isRoleHead } from './role-heads';

/** Words that open a noun phrase or a clause of their own: never the adverb before a predicate's verb. */
const NOT_AN_ADVERB = /^(?:the|a|an|and|or|but|who|which|that|whose|when|while|as|by|with|from|at|in|on|of|for|to)$/;

/**
 * Whether a phrase after "Name," is the sentence's predicate rather than an apposition: it opens on a finite verb
 * (finite-verb-opener.ts) or on one lower-case word that is no role word, no person noun and no phrase opener, then a
 * finite verb: an adverb before the verb ("a friend of Ann Fox, then became her rival", "…, later joined the board");
 * "then" before a role noun stays a role qualifier ("Ann Fox, then deputy mayor,").
 * A role never opens a clause, so what follows is someone else's doing, not who the named person is.
 */
export function predicateOpener(phrase: string): boolean {
  if (finiteVerbOpener(phrase)) return true;
  const first = /^([a-z]+)\s+(.*)$/s.exec(phrase.trim());
  if (!first) return false;
  const word = first[1]!;
  if (NOT_AN_ADVERB.test(word) || isRoleHead(word) || personNoun(word)) return false;
  return finiteVerbOpener(first[2]!);
}
