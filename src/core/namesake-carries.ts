import { givenAfterSurname } from './given-after-surname';
import { handFirstName } from './hand-first-name';
import { isListedFirstName } from './listed-first-name';

/**
 * Whether the namesake a surname was last given to may take up a speech tag in the next paragraph ("Kim Soo-yeon,
 * rejected the claim." then '"…," Kim said.'; audit 63, B-a63-3): the last person the copy named, of any surname; in a
 * paragraph where the copy wrote no bare surname it could not give ("Murphy's filibuster … a teacher's aide, Anne Marie
 * Murphy," leaves "Murphy said" open); and a name opening on a given name ("Tom Ortiz") or surname first before one
 * ("Kim Soo-yeon"), not a run like "Team Trump". A given name no list holds ("Colm") leaves the tag bare: less, not wrong.
 */
export function namesakeCarries(name: string, lastNamed: boolean, unsureThere: boolean): boolean {
  if (!lastNamed || unsureThere) return false;
  const words = name.split(/\s+/);
  return handFirstName(words[0]!) || isListedFirstName(words[0]!) || givenAfterSurname(words);
}
