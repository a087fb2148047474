import { compoundRoleHead } from './compound-role-head';
import { occupationNoun } from './occupation-noun';
import { personNoun } from './person-noun';
import { isRoleHead } from './role-heads';

/**
 * A word that heads a person's post in a role phrase: a role head ("chairman"), or after "then-" a noun whose
 * commonest WordNet sense is an occupation ("Redbud's then-warden, X,", "then-ambassador X"): "then-" marks a post
 * held at the time. A relation is no post ("Her then-boyfriend, X," says whose, and the owner is not kept; review 56,
 * R56-10), so a role head WordNet calls a person of another kind ("partner", "boyfriend") is not dated; one it does not
 * call a person at all ("chair", "MP") is.
 */
export function postHead(word: string): boolean {
  // "The academy's headteacher, X,": a closed-up compound a role head ends (compound-role-head.ts).
  if (isRoleHead(word) || compoundRoleHead(word)) return true;
  const dated = /^then-(\p{L}+)$/iu.exec(word)?.[1]?.toLowerCase();
  return !!dated && (occupationNoun(dated) || (isRoleHead(dated) && !personNoun(dated)));
}
