import { escapeRegExp } from './escape-reg-exp';
import { firstNameGender } from './first-name-gender';
import { type Gender, HONORIFICS } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import { surname } from './mentions-entity';

/** The gender a full name's first word gives, by the hand tables. */
function genderOfName(name: string): Gender | null {
  const first = name.split(/\s+/)[0]!;
  return firstNameGender(first);
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

/**
 * The honorific that names a bare surname in who is who when it is such an unnamed namesake of the full names
 * listed ("Mr." for the "Mr. Hollis" beside "Mary Hollis"): the spelling the copy gives that gender most often,
 * so the line tells the reader which Hollis it is. Null when the surname is no unnamed namesake.
 */
export function unnamedHonorific(word: string, names: readonly string[], text: string): string | null {
  // "Mr. Hollis", the unnamed namesake's own entity, is no full name.
  const full = names
    .filter((n) => n.includes(' ') && !HONORIFICS.has(n.split(/\s+/)[0]!) && surname(n) === word)
    .map(genderOfName);
  const written: Array<{ word: string; gender: Gender }> = [];
  for (const m of text.matchAll(
    new RegExp(`\\b((Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\\.?) ${escapeRegExp(word)}${WORD_EDGE}`, 'g'),
  )) {
    const gender = HONORIFICS.get(m[2]!);
    if (gender) written.push({ word: m[1]!, gender });
  }
  const gender = unnamedGender(
    full,
    written.map((w) => w.gender),
  );
  if (!gender) return null;
  const counts = new Map<string, number>();
  for (const w of written) if (w.gender === gender) counts.set(w.word, (counts.get(w.word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Whether a bare surname in who is who is such an unnamed namesake of the full names listed. */
export function unnamedNamesake(word: string, names: readonly string[], text: string): boolean {
  return unnamedHonorific(word, names, text) !== null;
}
