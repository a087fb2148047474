import { handFirstName } from './hand-first-name';
import { isListedFirstName } from './listed-first-name';

/** A first name in our hand tables ("Barack") or stdlib's lists ("Merrick"). */
export function knownFirstName(word: string): boolean {
  return handFirstName(word) || isListedFirstName(word);
}
