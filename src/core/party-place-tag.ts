/** "D-Ohio", "R-Texas", "I-Vt.", "D-Bell Gardens": a US party's initial hyphened to a state or a district. */
const PARTY_PLACE = /^[DRI]-\p{Lu}/u;

/**
 * Whether a capitalised run is a party-place tag after a lawmaker's name ("Rep. Ann Lee (D-Bell Gardens)"), which
 * says where the lawmaker sits for which party: no person, though its words are capitalised like a name's.
 */
export function partyPlaceTag(firstWord: string): boolean {
  return PARTY_PLACE.test(firstWord);
}
