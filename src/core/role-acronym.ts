import { isRoleHead } from './role-heads';

/**
 * A word and the acronym bracketed right after it ("officer-in-charge (OC)", "executive officer (CEO)", "Regional
 * Commissioner (RC) Amina Juma").
 */
const DEFINED = /\b([A-Za-z][a-z-]*)\s+\(([A-Z]{2,6})\)/g;

/**
 * The acronyms a text defines for a role: "officer-in-charge (OC)", "upazila nirbahi officer (UNO)", "chief executive
 * officer (CEO)", "Regional Commissioner (RC)". The word before the bracket heads a role (role-heads.ts), so the acronym names the post, and "the
 * OC said" later points to its holder, not to a body (audit 58, B-a58-11).
 */
export function roleAcronyms(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(DEFINED)) if (isRoleHead(m[1]!)) found.push(m[2]!);
  return found;
}

/** A role's last word and its bracketed acronym ending the text before a name: "Regional Commissioner (RC) ". */
const DEFINED_BEFORE = /\b([A-Za-z][a-z-]*)\s+\(([A-Z]{2,6})\)\s*$/;

/**
 * The acronym a title defines right before the name that holds it ("Regional Commissioner (RC) Amina Juma"), or
 * null: "the RC said" later is that person, as "the Regional Commissioner" would be (audit 59, B-a59-18).
 */
export function roleAcronymBefore(before: string): string | null {
  const m = DEFINED_BEFORE.exec(before);
  return m && isRoleHead(m[1]!) ? m[2]! : null;
}
