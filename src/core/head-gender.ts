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

/** The gender a noun phrase's head noun gives ("her husband", "Chairwoman of the board"); null when it gives none. */
export function headGender(phrase: string): Gender | null {
  const head = phrase.toLowerCase().replace(AFTER_HEAD, '').split(/\s+/).at(-1) ?? '';
  if (FEMALE_HEAD.test(head)) return 'female';
  return MALE_HEAD.test(head) ? 'male' : null;
}
