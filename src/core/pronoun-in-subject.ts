import { holdsVerb } from './holds-main-verb';

/**
 * Whether a claim's subject, the words before its first finite verb, holds a third-person pronoun: "last week it was
 * offering voluntary redundancy …", "its registration had expired …", "the emails it received … were …". Asked as
 * "Has anyone confirmed the report that …?", the report's sayer, which the pronoun often stands for, is dropped, and
 * the pronoun names nothing (sample 39's #13, "Pearson's Financial Times said last week it was offering …"). "he" and
 * "she" are left to pronoun-subject.ts, which names whom they mean or shows the passage.
 */

const PRONOUN = /^(?:it|its|they|their|them)$/i;

/** `pronoun`: the pronouns read; "it" alone where "they" may be the sayers themselves. */
export function pronounInSubject(claim: string, pronoun: RegExp = PRONOUN): boolean {
  const words = claim.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (holdsVerb(words.slice(0, i + 1).join(' '))) return false;
    if (pronoun.test(words[i]!.replace(/[^A-Za-z]/g, ''))) return true;
  }
  return false;
}
