import { literalMatches, literalPattern } from './literal-matches';

const AFTER_LOCATIVE = literalPattern('\\b(?:in|across|throughout|inside) ', "\\b(?!['’])");

/**
 * "the intervention in Libya", "growing violence in Libya", "two years in Addis Ababa … the crackdown in Addis Ababa":
 * written twice or more after a locative preposition, as a place is and a person rarely ("in Trump's" is his).
 */
export function placeUsage(name: string, text: string): boolean {
  let n = 0;
  for (const _ of literalMatches(text, name, AFTER_LOCATIVE)) if (++n >= 2) return true;
  return false;
}
