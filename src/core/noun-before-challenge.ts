/** Auxiliaries: a verb group ends the words before the challenge word, which is then its noun object. */
const AUXILIARY = /\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should)\b/;
/** Verbs that take "attacks" or "criticism" as their object ("has led attacks", "drew attacks"). */
const OBJECT_VERBS: ReadonlySet<string> = new Set(['made', 'led', 'drew', 'began', 'took']);
/** Determiners and adjectives before a noun ("his fresh attacks", "renewed attacks"). */
const NOUN_OPENERS: ReadonlySet<string> = new Set(
  'the a an his her its their our my your these those such fresh new renewed repeated personal further more'.split(' '),
);

/**
 * Whether the words before "attacks", "brands", "rejects" make that word a noun, or hold a verb group of their own:
 * an auxiliary, a verb taking it as object, or a determiner or adjective. One word list, read with case: the words are
 * matched lower-case, since a capitalised "Drew", "Will" or "May" is a name ("Ann Drew dismissed …", "Will Osei
 * dismissed …"), not a verb or an auxiliary; a determiner or adjective is read capitalised only where it opens the
 * sentence, the whole subject ("The attacks", "Fresh attacks"), since only there is its capital the sentence's.
 */
export function nounBeforeChallenge(subject: string): boolean {
  if (AUXILIARY.test(subject)) return true;
  const last = subject.slice(subject.search(/\S+$/));
  if (OBJECT_VERBS.has(last) || NOUN_OPENERS.has(last)) return true;
  return last === subject && /^[A-Z][a-z]*$/.test(last) && NOUN_OPENERS.has(last.toLowerCase());
}
