import { escapeRegExp } from './escape-reg-exp';

/** Surname-alone mentions that make the one full name of that surname a person whatever its first word. */
const MIN_ALONE = 5;

/** "Super Tuesday", "Twitter Thursday": a day or month is no surname. */
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * "Rahm Emanuel … Emanuel worked … called for Emanuel to resign" (and the copy's slip "Rahm Emanual"): a first
 * name in no list is one when the copy writes that full name and no other of the surname, then the surname
 * alone five times or more, never after "the" ("the House", "the Court") nor in lower case: a story goes on
 * naming its people by surname, not its places and bodies.
 */
export function soleSurname(first: string, surname: string, text: string): boolean {
  if (surname.length < 3 || CALENDAR.test(surname)) return false;
  const at = escapeRegExp(surname);
  if (new RegExp(`\\b${escapeRegExp(surname.toLowerCase())}\\b`).test(text)) return false;
  for (const m of text.matchAll(new RegExp(`\\b([A-Z][a-z]+) ${at}\\b`, 'g'))) if (m[1] !== first) return false;
  let alone = 0;
  for (const m of text.matchAll(new RegExp(`(?<![\\w'’-])${at}(?![\\w-])(?!\\s+[A-Z])`, 'g'))) {
    const before = text.slice(Math.max(0, m.index - first.length - 5), m.index);
    if (/\b[Tt]he\s+$/.test(before)) return false;
    if (!before.endsWith(`${first} `)) alone++;
  }
  return alone >= MIN_ALONE && personEvidence(at, text);
}

/**
 * The surname alone is used as only a person is: quoted ("Emanuel said"), titled ("Mr. Emanuel"), or the subject
 * of a clause that goes on with he/she/his/her ("Emanuel said he would stay") — which a storm, a ship or a place
 * named the same way ("Typhoon Haiyan … Haiyan struck") never is.
 */
function personEvidence(at: string, text: string): boolean {
  // "Emanuel said", "said Emanuel." — not "officials said Haiyan had cut power", a clause the name opens.
  if (new RegExp(`\\b${at}\\s+(?:said|says|told|added)\\b|\\b(?:said|says|added)\\s+${at}[,.]`).test(text)) return true;
  if (new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? ${at}\\b`).test(text)) return true;
  // "Chrabaszcz, who …", "calling for Emanuel to resign, a decision which he has refused": the clause goes on about a
  // person, with no other name in between to take the pronoun.
  return new RegExp(`(?<![\\w'’-])${at}(?:, who\\b|[^.!?A-Z"“”]{0,80}\\b(?:he|she|his|her|him)\\b)`).test(text);
}
