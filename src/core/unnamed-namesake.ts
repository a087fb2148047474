import { escapeRegExp } from './escape-reg-exp';
import { FEMALE_NAMES, MALE_NAMES } from './first-names';
import { type Gender, HONORIFICS } from './honorifics';
import { surname } from './mentions-entity';

/** The gender a full name's first word gives, by the hand tables. */
function genderOfName(name: string): Gender | null {
  const first = name.split(/\s+/)[0]!;
  return MALE_NAMES.has(first) ? 'male' : FEMALE_NAMES.has(first) ? 'female' : null;
}

/**
 * "Michelle Obama" once, "Mrs. Obama" and "Mr. Obama" five times: the copy gives the bare surname
 * honorifics of both genders, so two people bear it, and the one whose gender no full name fits, titled
 * twice or more, is someone the copy never names in full (returned: his gender). Honorifics of one gender
 * only ("Lee Epstein", "Ms. Epstein") say the first-name table is wrong, not that there are two people;
 * a single "Ms. Trump" in a story about Donald Trump is too little to list anyone.
 */
export function unnamedGender(fullNames: readonly (Gender | null)[], honorifics: readonly Gender[]): Gender | null {
  if (fullNames.length === 0 || fullNames.includes(null)) return null;
  for (const gender of ['male', 'female'] as const) {
    const count = honorifics.filter((h) => h === gender).length;
    if (count >= 2 && !fullNames.includes(gender) && honorifics.some((h) => h !== gender)) return gender;
  }
  return null;
}

/** Whether a bare surname in who is who is such an unnamed namesake of the full names listed. */
export function unnamedNamesake(word: string, names: readonly string[], text: string): boolean {
  const full = names.filter((n) => n.includes(' ') && surname(n) === word).map(genderOfName);
  const honorifics: Gender[] = [];
  for (const m of text.matchAll(
    new RegExp(`\\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\\.? ${escapeRegExp(word)}\\b`, 'g'),
  )) {
    const gender = HONORIFICS.get(m[1]!);
    if (gender) honorifics.push(gender);
  }
  return unnamedGender(full, honorifics) !== null;
}
