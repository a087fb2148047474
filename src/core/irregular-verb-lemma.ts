import data from './irregular-participles.json' with { type: 'json' };

const LEMMAS: Readonly<Record<string, string>> = (data as { forms: Record<string, string> }).forms;

/** WordNet's lemma of an irregular past or participle ("said" → "say", "went" → "go"), else undefined. */
export function irregularVerbLemma(word: string): string | undefined {
  return Object.hasOwn(LEMMAS, word) ? LEMMAS[word] : undefined;
}
