import type { Gender } from './honorifics';
import data from './person-noun-sexes.json' with { type: 'json' };

/** The lists, split once on first use (a tag's pronoun after "The <noun> …" reads them). */
let sexes: Map<string, Gender> | undefined;

/**
 * The sex a person noun says its bearer is ("woman", "widow", "nephew"), or null when it says none ("defendant",
 * "judge"): WordNet's, as src/train/build-person-noun-sexes.ts wrote src/core/person-noun-sexes.json.
 */
export function personNounSex(word: string): Gender | null {
  if (!sexes) {
    const lists = data as { female: string; male: string };
    sexes = new Map<string, Gender>();
    for (const w of lists.female.split(' ')) sexes.set(w, 'female');
    for (const w of lists.male.split(' ')) sexes.set(w, 'male');
  }
  return sexes.get(word) ?? null;
}
