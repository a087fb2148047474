import data from './person-nouns.json' with { type: 'json' };

/** The words, split once on first use: a thread's "they", and the analysis when a tag's pronoun follows "The <noun>". */
let nouns: ReadonlySet<string> | undefined;

/**
 * Whether a singular noun's commonest WordNet 3.1 sense is a kind of person (noun.person: "tenant", "shopper",
 * "islander"), as `npm run lexicon:person-nouns` (src/train/build-person-nouns.ts) wrote src/core/person-nouns.json.
 */
export function personNoun(word: string): boolean {
  nouns ??= new Set((data as string).split(' '));
  return nouns.has(word);
}
