import { escapeRegExp } from './escape-reg-exp';

/**
 * A role that opens on a common noun's possessive whose own possessor was a pronoun ("party's parliamentary group
 * leader", from "Her party's parliamentary group leader …"): the role shown cannot say whose party, so "party's"
 * reads as a word cut off. The role is shown from the office on (audit 57's B-a57-17). A possessor the copy
 * determines itself ("the council's transport chair") names the body the story is about, and a named one ("Land
 * Development Agency's chief executive") says whose: both stay.
 */
const BARE_POSSESSOR = /^(\p{Ll}[\p{Ll}-]*['’]s)\s+(?=\S)/u;

export function barePossessorRole(role: string | null, text: string): string | null {
  const possessor = role === null ? undefined : BARE_POSSESSOR.exec(role)?.[1];
  if (!role || !possessor) return role;
  const rest = role.slice(possessor.length).trim();
  const pronounHeld = new RegExp(
    `\\b(?:his|her|their|its)\\s+${escapeRegExp(possessor)}\\s+${escapeRegExp(rest)}`,
    'i',
  );
  return rest.length > 1 && pronounHeld.test(text) ? rest : role;
}
