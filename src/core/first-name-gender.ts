import { FEMALE_NAMES, MALE_NAMES } from './first-names';
import type { Gender } from './honorifics';

/**
 * The gender a first name gives by the hand tables in first-names.ts: "Tom" male, "Helen" female; a name in both
 * tables ("Jordan") or in neither ("Priya") gives none. The one gender read outside the engine's own passes
 * (review s40 B-r40-12), so the console's thread reads a name as the engine's pronoun gates do.
 */
export function firstNameGender(word: string): Gender | null {
  const male = MALE_NAMES.has(word);
  if (male === FEMALE_NAMES.has(word)) return null;
  return male ? 'male' : 'female';
}
