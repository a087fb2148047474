import type { Gender } from './honorifics';

// One list of gendered head nouns for every reader of a gender from a noun phrase: a described speaker's ("a
// spokesman for the trust", speaker-gender.ts) and a named person's role ("Her husband, Tomas", learn-person.ts), so
// the two cannot disagree on what "chairwoman" or "widow" says.

/** Lower-case head nouns that carry a gender: the -man/-woman compounds ("spokesman", "chairwoman") and kin. */
const FEMALE_HEAD = /^(?:\p{Ll}*woman|girl|mother|wife|daughter|sister|grandmother|aunt|niece|widow|granddaughter)$/u;
const MALE_HEAD =
  /^(?:\p{Ll}*(?<!hu|ger|sha|otto|cai|wo)man|boy|father|husband|son|brother|grandfather|uncle|nephew|widower|grandson)$/u;
/** Where a phrase's head noun ends: "a spokesman | for the trust", "the chairwoman | , who …". */
const AFTER_HEAD = /\s+(?:for|of|at|from|in|with|on|to|who|whose|which|that)\s.*$|,.*$/;

/** A role that opens on a preposition is a misread adjunct ("through a spokeswoman"), no noun phrase of the name's. */
const PREPOSITION_FIRST = /^(?:through|via|by|with|for|from|to|at|in|on|of|as|like|after|before)\s/;

/**
 * The gender a noun phrase's head noun gives ("her husband", "Chairwoman of the board"); null when it gives none.
 * `named`: the phrase is a named person's role, where a "-man" compound says nothing: the copy writes "Trump spokesman
 * Hope Hicks … she said" (PolNeAR train), while no man is a "spokeswoman" and kin nouns are never used so.
 */
export function headGender(phrase: string, named = false): Gender | null {
  const lower = phrase.toLowerCase();
  if (named && PREPOSITION_FIRST.test(lower)) return null;
  const head = lower.replace(AFTER_HEAD, '').split(/\s+/).at(-1) ?? '';
  if (FEMALE_HEAD.test(head)) return 'female';
  if (named && /man$/.test(head)) return null;
  return MALE_HEAD.test(head) ? 'male' : null;
}
