import { personNoun } from './person-noun';

/**
 * ", 31, said", ", a 23-year-old fisherman", ", an eight-year-old girl": an age set beside the word, right after it.
 * The age opens the apposition; a list of figures ("Texas, 38, and Florida, 29") does not go on to a speech verb,
 * "who" or a noun phrase.
 */
const AGE_AFTER =
  /^,\s+(?:\d{1,3},\s+(?:said|says|told|added|who|a|an)\b|an?\s+[\p{L}\d]+-year-old\s+([a-z]+)(?:\s+([a-z]+))?)/u;

/**
 * Whether the copy gives the lone capitalised word ending at `end` of `text` an age in apposition ("Karim, a
 * 31-year-old farmer from …, said"): only people (and animals, which no person noun describes) are given one, so a
 * mononym so written is a person even at a sentence's start, where its capital says nothing (audit 58, B-a58-1: the
 * farmer was no one, and the village after him took his "he said").
 */
export function agedApposition(text: string, end: number): boolean {
  const m = AGE_AFTER.exec(text.slice(end, end + 80));
  // The noun may follow one modifier ("a 40-year-old unemployed farmer").
  return !!m && (m[1] === undefined || personNoun(m[1]) || (m[2] !== undefined && personNoun(m[2])));
}
