import data from './medical-head-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** The words, split once on first use. */
const nouns = wordListSet(data as string);

/**
 * Whether a title-case word is a noun for a place of care in WordNet 3.1 ("Infirmary", "Clinic", "Sanatorium"), as
 * `npm run lexicon:medical-heads` (src/train/build-medical-head-nouns.ts) wrote src/core/medical-head-nouns.json: the
 * last word of a hospital's name, never a person's. Only the title case counts, as for the other body heads.
 */
export function medicalHead(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && nouns().has(word.toLowerCase());
}
