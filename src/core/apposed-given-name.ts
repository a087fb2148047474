import { appositionFreeName } from './apposition-free-name';
import { handFirstName } from './hand-first-name';

/** A second subject joined after the apposition ("Peter Green, a lecturer, and Ann Lee said"): a plural tag. */
const JOINED = /,\s+(?:and|or|but|while)\s|;/u;

/**
 * The name of a "<Given Surname>, <apposition>" tag subject however long its apposition runs: "Peter Green, a retired
 * engineer who spent thirty years building bridges in Scotland, said". A phrase of more parts than a description holds
 * is otherwise a clause the tag reader ran into (description-shape.ts), but one that opens on a listed given name and
 * a capitalised word, then a comma and an apposition, is that person described at length — the subject the name
 * finder refused when the surname is also a word of its lists ("Green", a party), so no mention holds it. Two or
 * three capitalised words after no "the", and no second subject joined after the apposition.
 */
export function apposedGivenName(phrase: string): string | null {
  if (JOINED.test(phrase)) return null;
  const name = appositionFreeName(phrase);
  const words = name?.split(/\s+/) ?? [];
  if (words.length < 2 || words.length > 3 || !handFirstName(words[0]!)) return null;
  return name!;
}
