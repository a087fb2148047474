import { FEMALE_NAMES, MALE_NAMES } from './first-names';
import { isListedFirstName } from './listed-first-name';

/** A first name in our hand tables ("Barack") or stdlib's lists ("Merrick"). */
export function knownFirstName(word: string): boolean {
  return MALE_NAMES.has(word) || FEMALE_NAMES.has(word) || isListedFirstName(word);
}
