import { personNoun } from './person-noun';

/**
 * ", 31, said", ", 31, a farmer", ", a 23-year-old fisherman", ", an eight-year-old girl": an age set beside the word,
 * right after it. The age opens the apposition; a list of figures ("Texas, 38, and Florida, 29") does not go on to a
 * speech verb, "who" or a person noun ("Pemberly, 82, a record for the region" sets the figure beside a record).
 */
const AGE_AFTER =
  /^,\s+(?:\d{1,3},\s+(?:(said|says|told|added|who)\b|an?\s+([a-z]+)(?:\s+([a-z]+))?)|an?\s+[\p{L}\d]+-year-old\s+([a-z]+)(?:\s+([a-z]+))?)/u;

/** A capitalised word with a figure set beside it earlier in the clause: "Harcastle, 84, and Pemberly, 82". */
const FIGURE_BEFORE = /\p{Lu}[\p{L}'’-]*,\s+\d{1,3},[^.;:!?]*$/u;

// The noun may follow one modifier ("a 40-year-old unemployed farmer", "a retired teacher").
const nounAfter = (first: string | undefined, second: string | undefined): boolean =>
  first !== undefined && (personNoun(first) || (second !== undefined && personNoun(second)));

/**
 * Whether the copy gives the lone capitalised word ending at `end` of `text` an age in apposition ("Karim, a
 * 31-year-old farmer from …, said"): only people (and animals, which no person noun describes) are given one, so a
 * mononym so written is a person even at a sentence's start, where its capital says nothing (audit 58, B-a58-1: the
 * farmer was no one, and the village after him took his "he said"). Figures set beside several names in one clause
 * are a list of scores, not ages (review 59, R59-7).
 */
export function agedApposition(text: string, end: number): boolean {
  const m = AGE_AFTER.exec(text.slice(end, end + 80));
  if (!m) return false;
  if (m[1] === undefined && m[2] === undefined) return nounAfter(m[4], m[5]);
  if (FIGURE_BEFORE.test(text.slice(Math.max(0, end - 120), end))) return false;
  return m[1] !== undefined || nounAfter(m[2], m[3]);
}
