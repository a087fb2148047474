import { isRoleHead } from './role-heads';

/** A lower-case word and the acronym bracketed right after it ("officer-in-charge (OC)", "executive officer (CEO)"). */
const DEFINED = /\b([a-z][a-z-]*)\s+\(([A-Z]{2,6})\)/g;

/**
 * The acronyms a text defines for a role: "officer-in-charge (OC)", "upazila nirbahi officer (UNO)", "chief executive
 * officer (CEO)". The word before the bracket heads a role (role-heads.ts), so the acronym names the post, and "the
 * OC said" later points to its holder, not to a body (audit 58, B-a58-11).
 */
export function roleAcronyms(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(DEFINED)) if (isRoleHead(m[1]!)) found.push(m[2]!);
  return found;
}
