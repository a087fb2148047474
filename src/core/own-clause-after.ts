import { finite } from './clause-subject-description';
import { irregularVerbLemma } from './irregular-verb-lemma';

/**
 * After a quotation opening its sentence, a subject and a finite verb of their own: `"Jerusalem," the choir sang at
 * the end.` / `"It is finished," she shrugged, leaving the room.` The quotation is that clause's object (English puts
 * a quotation first only as the object of the clause after it), so its speaker is that subject, read or not; when the
 * tag readers could not read it, the speaker is unknown, never the neighbouring quotation's (review B-r45-7). The
 * subject is a personal pronoun, a determiner's phrase of up to three words, or a capitalised name of up to three.
 */
/** Auxiliaries and modals: no verb of saying. */
const AUXILIARY = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do)$/;
const SUBJECT = /^\s*,?\s*(?:he|she|they|we|I|the|a|an|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s/u;

/** Whether a word is a finite verb after `previous`; WordNet's irregular pasts too ("sang", "shook"). */
const verb = (word: string, previous: string): boolean =>
  finite(word, previous) || irregularVerbLemma(word) !== undefined;

/**
 * The subject standing before its own finite verb after a sentence-opening quotation, as the text's first `length`
 * characters; null when the text does not open on a subject and a verb. Auxiliaries are left out: "the law was
 * called" makes the quotation the subject's name, not its words.
 */
export function ownClauseAfter(after: string): { length: number } | null {
  const m = SUBJECT.exec(after);
  if (m === null) return null;
  const words = after
    .slice(m[0].length)
    .split(/\s+/, 4)
    .map((w) => w.replace(/[,.;:!?]+$/, ''));
  const full = (word: string | undefined, previous: string): boolean =>
    word !== undefined && /^[a-z]+$/.test(word) && !AUXILIARY.test(word) && verb(word, previous);
  // A pronoun or a name: the verb follows it; a determiner: up to two modifiers and the noun come first.
  if (!/^\s*,?\s*(?:the|a|an)\s$/.test(m[0])) return full(words[0], '') ? { length: m[0].length - 1 } : null;
  let length = m[0].length;
  for (let k = 1; k < words.length; k++) {
    if (!/^[a-z][\p{L}-]*$/u.test(words[k - 1]!)) return null;
    length = after.indexOf(words[k - 1]!, length) + words[k - 1]!.length;
    if (full(words[k], words[k - 1]!)) return { length };
    if (AUXILIARY.test(words[k]!)) return null;
  }
  return null;
}
