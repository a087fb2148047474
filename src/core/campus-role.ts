import { escapeRegExp } from './escape-reg-exp';

/** A role ending on an institution named for a place: "researcher at the University of California". */
const PLACE_INSTITUTION = /\b(?:University|College|Institute|School)\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u;

/**
 * "… at the University of California, San Francisco": a campus written after its system's name is part of the name,
 * and a role cut at that comma names a different institution (audit 57's B-a57-17). The role runs on over the
 * capitalised words after the comma when they close the phrase (a stop, or a comma before a lower-case word such as
 * "said"); a list ("the University of Utah, Harvard and Yale") does not close there and is left as it was.
 */
export function campusRole(role: string | null, text: string): string | null {
  if (role === null || !PLACE_INSTITUTION.test(role)) return role;
  const campus = new RegExp(
    `${escapeRegExp(role)}(, \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})(?=[.;)"”]|, \\p{Ll}|$)`,
    'u',
  ).exec(text);
  return campus ? role + campus[1] : role;
}
