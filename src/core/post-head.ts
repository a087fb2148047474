import { personNoun } from './person-noun';
import { isRoleHead } from './role-heads';

/**
 * A word that heads a person's post in a role phrase: a role head ("chairman"), or after "then-" any noun whose
 * commonest WordNet sense is a person ("Redbud's then-warden, X,", "then-ambassador X"): "then-" marks a post held at
 * the time, so the noun it dates is an office, whichever the role heads list.
 */
export function postHead(word: string): boolean {
  if (isRoleHead(word)) return true;
  const dated = /^then-(\p{L}+)$/iu.exec(word)?.[1]?.toLowerCase();
  return !!dated && (isRoleHead(dated) || personNoun(dated));
}
