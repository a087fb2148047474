import { hasLiteralMatch } from './literal-matches';

/**
 * The surname alone is used as only a person is: quoted ("Emanuel said"), titled ("Mr. Emanuel"), or the subject
 * of a clause that goes on with he/she/his/her ("Emanuel said he would stay") — which a storm, a ship or a place
 * named the same way ("Typhoon Haiyan … Haiyan struck") never is.
 */
export function surnamePersonEvidence(surname: string, text: string): boolean {
  // "Emanuel said", "said Emanuel." — not "officials said Haiyan had cut power", a clause the name opens.
  const found = (before: string, after: string) => hasLiteralMatch(text, surname, before, after);
  if (found('\\b', '\\s+(?:said|says|told|added)\\b') || found('\\b(?:said|says|added)\\s+', '[,.]')) return true;
  if (found('\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? ', '\\b')) return true;
  // "Chrabaszcz, who …", "calling for Emanuel to resign, a decision which he has refused": the clause goes on about a
  // person, with no other name in between to take the pronoun.
  return found("(?<![\\w'’-])", '(?:, who\\b|[^.!?A-Z"“”]{0,80}\\b(?:he|she|his|her|him)\\b)');
}
