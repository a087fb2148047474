/**
 * A role that opens on a common noun's possessive with its determiner left behind ("party's parliamentary group
 * leader", "association's president", from "Her party's …", "the association's president"): the possessor is an
 * anaphor whose organisation the role does not name, so "party's" reads as a word cut off. The role is shown from
 * the office on (audit 57's B-a57-17); a named possessor ("Land Development Agency's chief executive") stays.
 */
const BARE_POSSESSOR = /^\p{Ll}[\p{Ll}-]*['’]s\s+(?=\S)/u;

export function barePossessorRole(role: string | null): string | null {
  if (role === null) return null;
  const rest = role.replace(BARE_POSSESSOR, '');
  return rest === role || rest.length < 2 ? role : rest;
}
