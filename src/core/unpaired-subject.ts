import type { Sentence } from './analysis-types';
import type { SpeakerPhrase } from './speaker-phrase';

/** Right before the subject's phrase: a lone capitalised word and "and", opening the sentence or after a comma. */
const BARE_PAIR = /(?:^|[,;:]\s*|\b(?:[Bb]ut|[Ww]hile|[Ww]hereas)\s+)\p{Lu}[\p{L}\p{M}.'’-]*\s+and\s+$/u;

/**
 * "Greer and Halvorsen (both) stressed that …": a statement whose subject is two lone capitalised words joined by
 * "and", the phrase keeping the second. joint-speaker.ts prints the pair when both are people the article names in
 * full; otherwise (a surname the copy never gives a first name, "Democrats and Republicans", "Procter and Gamble")
 * crediting the second alone says what the copy does not, so the claim is printed for no one (as unpairedPair does
 * a quotation's tag).
 */
export function unpairedSubject(sentence: Sentence, subject: SpeakerPhrase): boolean {
  if (subject.kind !== 'phrase' || subject.text.includes(' ')) return false;
  const before = sentence.text.slice(0, Math.max(0, subject.start - sentence.start));
  return BARE_PAIR.test(before);
}
