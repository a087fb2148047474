import { surname, wholeWordAt } from './mentions-entity';
import { textOccurrences } from './text-occurrences';

/** A possessive ending right after a name ("Mr. Trump's rallies", "the Smiths’ house"). */
const POSSESSIVE_AFTER = /^['’]s?\b|^['’](?!\w)/;

/**
 * Whether the sentence names the person only as a possessor ("raising fears the violence that accompanied some of
 * Mr. Trump's rallies will be magnified"): a possessive is a determiner of another noun, not the clause's actor, so
 * the bracket naming whom to call would point at someone the clause does not make act (hand-read sample 43's #17).
 * False when the name is never written (a pronoun, a carried-over speaker): nothing to read.
 */
export function possessiveOnly(sentence: string, name: string): boolean {
  const last = surname(name);
  let seen = false;
  for (const at of textOccurrences(sentence, last)) {
    if (!wholeWordAt(sentence, at, last.length)) continue;
    if (!POSSESSIVE_AFTER.test(sentence.slice(at + last.length, at + last.length + 3))) return false;
    seen = true;
  }
  return seen;
}
