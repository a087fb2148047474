import { escapeRegExp } from './escape-reg-exp';
import { TITLE_WORDS } from './role-of';

/**
 * Whether the copy treats a surname as a person's when the first name is in no table ("Trey Gowdy",
 * "Merrick Garland"): it titles the surname with an office ("Chairman Gowdy"), or two sentences that
 * name it go on to "he/she/his/her/him" ("While Garland is 63, which means he has…"). One pronoun
 * could belong to someone else in the sentence; two sentences make a person the copy keeps returning to.
 */
export function surnameAsPerson(surname: string, sentences: readonly string[]): boolean {
  if (surname.length < 3) return false;
  const at = escapeRegExp(surname);
  const titled = new RegExp(`\\b([A-Z][a-z]+)\\s+${at}\\b`);
  const followed = new RegExp(`\\b${at}\\b(?![\\w-])[^.;]{0,60}\\b(?:he|she|his|her|him)\\b`);
  let pronouns = 0;
  for (const s of sentences) {
    const title = titled.exec(s)?.[1];
    if (title && TITLE_WORDS.test(title)) return true;
    if (followed.test(s)) pronouns++;
  }
  return pronouns >= 2;
}
