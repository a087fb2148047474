import type { Sentence } from './analysis-types';

/**
 * "She accused council officials of "…"": the pronoun, its verb "accuse" (an adverb before it at most), the accused
 * and the "of" that opens the charge right before the quotation. The charge is the accuser's words whatever its
 * length, so a fragment quoted there is the pronoun's too (audit 62, B-a62-12); other verbs' fragments stay with the
 * ranker's other evidence.
 */
const ACCUSES = /^\p{L}+\s+(?:\p{Ll}+ly\s+|also\s+)?accus(?:ed|es)\s+[^,;:()"“”]{1,80}?\s+of\s*["“]?$/u;

/** Whether the subject pronoun at `at` accuses someone of the quotation starting at `quoteStart` (absolute offsets). */
export function accusingPronoun(sentence: Sentence, at: number, quoteStart: number): boolean {
  if (quoteStart - at > 120) return false;
  return ACCUSES.test(sentence.text.slice(at - sentence.start, quoteStart - sentence.start));
}
