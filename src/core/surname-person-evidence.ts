import { hasLiteralMatch, type LiteralPattern, literalPattern } from './literal-matches';

/** Read around each occurrence of the surname, compiled once. */
const SAID_AFTER = literalPattern('\\b', '\\s+(?:said|says|told|added)\\b');
const SAID_BEFORE = literalPattern('\\b(?:said|says|added)\\s+', '[,.]');
const HONOURED = literalPattern('\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? ', '\\b');
const CLAUSE = literalPattern("(?<![\\w'’-])", '(?:, who\\b|[^.!?A-Z"“”]{0,80}\\b(?:he|she|his|her|him)\\b)');

/**
 * The surname alone is used as only a person is: quoted ("Emanuel said"), titled ("Mr. Emanuel"), or the subject
 * of a clause that goes on with he/she/his/her ("Emanuel said he would stay") — which a storm, a ship or a place
 * named the same way ("Typhoon Haiyan … Haiyan struck") never is.
 */
export function surnamePersonEvidence(surname: string, text: string): boolean {
  // "Emanuel said", "said Emanuel." — not "officials said Haiyan had cut power", a clause the name opens.
  const found = (pattern: LiteralPattern) => hasLiteralMatch(text, surname, pattern);
  if (found(SAID_AFTER) || found(SAID_BEFORE)) return true;
  if (found(HONOURED)) return true;
  // "Chrabaszcz, who …", "calling for Emanuel to resign, a decision which he has refused": the clause goes on about a
  // person, with no other name in between to take the pronoun.
  return found(CLAUSE);
}
