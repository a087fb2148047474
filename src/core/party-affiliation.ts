/**
 * US copy names a legislator with party and state in brackets: "Sen. Chuck Schumer (D-N.Y.) said", "said Rep.
 * Jane Roe (R-Tex.), who …". The brackets (and the stops inside them) end a tag's subject before its verb, so the
 * tags read a copy with the bracket blanked: same length, offsets unchanged. Only the party-dash-state shape is
 * blanked; "(the agency)" or "(Reuters)" stay clause marks.
 */
const PARTY_STATE = /\((?:D|R|I|Dem|Rep|Ind)\s?[-–]\s?[A-Z][A-Za-z.]{0,9}(?:\s[A-Z][A-Za-z.]{0,9})?\)/g;

export function maskPartyAffiliation(text: string): string {
  return text.includes('(') ? text.replace(PARTY_STATE, (m) => ' '.repeat(m.length)) : text;
}
