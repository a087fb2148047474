import { WRITTEN_OUT_OFFICES } from './abbreviated-title';
import { AFFILIATIONS } from './affiliations';
import { knownFirstName } from './known-first-name';
import { personNoun } from './person-noun';

/**
 * "Passenger" of "Passenger Ana Ruiz", "Shopkeeper" of "Shopkeeper Ian Dale": a capitalised word whose commonest
 * WordNet sense is a kind of person (person-noun.ts) can be the role news style puts before a name, as "Resident" (a
 * role head) is; read as a given name it glues the role into the name ("Passenger Ana Ruiz said"). Not a given name
 * itself ("Hunter", "Christian", "Earl", "Prince" open names), nor a party or nation (affiliations.ts reads those).
 * parse-person.ts takes it as a title only before a known given name and a surname, so a two-word name ("Baker
 * Mayfield") keeps its first word.
 */
export function personNounTitle(word: string): boolean {
  // "Sergeant Ann Bell": an office written out is a title whatever a name list holds (abbreviated-title.ts).
  if (WRITTEN_OUT_OFFICES.has(word)) return true;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) && !AFFILIATIONS.has(word) && !knownFirstName(word) && personNoun(word.toLowerCase())
  );
}
