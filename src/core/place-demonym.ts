import { isListedFirstName } from './listed-first-name';
import { PLACE_STARTS } from './non-person-kind';
import { PLACES } from './place-words';
import type { Word } from './tokenize';

/**
 * "New Yorker Tom Peters", "New Mexican Ann Lee": a word after a place's opening word ("New", "South"; PLACE_STARTS)
 * that grows the place's name ("New York" → "Yorker", "New Mexico" → "Mexican"), before a given name and a surname,
 * is the demonym the two words make, so it joins the title and not the name (printed "Yorker Tom Peters" before; the
 * name lists hold "Yorker" as a given name, so the place is the evidence). `first` is where the parse starts the name.
 */
export function placeDemonym(words: readonly Word[], first: number): boolean {
  if (first < 1 || first + 2 >= words.length || !PLACE_STARTS.has(words[first - 1]!.text)) return false;
  if (!isListedFirstName(words[first + 1]!.text)) return false;
  const before = words[first - 1]!.text;
  const word = words[first]!.text;
  // The place's word, maybe less a final vowel the ending replaces ("Mexic-an", "Dakot-an"), opens the demonym.
  for (let cut = word.length - 1; cut >= 3; cut--) {
    const stem = word.slice(0, cut);
    if (['', 'a', 'e', 'o', 'y'].some((end) => PLACES.has(`${before} ${stem}${end}`))) return true;
  }
  return false;
}
