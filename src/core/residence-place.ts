import { hasLiteralMatch, literalPattern } from './literal-matches';

/** "Renata Szabo, 47, of Marlow Township": an age, a comma and "of" before the name, which is where she lives. */
const RESIDENCE = literalPattern('\\b\\d{1,3}, of (?:the )?', "(?![\\p{L}\\p{M}\\d'’-])", 'u');

/**
 * Whether the copy writes the name as someone's home after their age ("47, of Marlow Township"): news style for a
 * town or a district, never for a person (across PolNeAR and the BBC articles each of the 20 such names is a place).
 */
export function residencePlace(name: string, text: string): boolean {
  return hasLiteralMatch(text, name, RESIDENCE);
}
