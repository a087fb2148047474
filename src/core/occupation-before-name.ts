import { occupationNoun } from './occupation-noun';
import { personNoun } from './person-noun';
import { personNounTitle } from './person-noun-title';
import { isRoleHead } from './role-heads';
import { wordnetWord } from './wordnet-word';

/**
 * "Vendor Chang Mei-hua", "Farmer Jeremia Tjiposa": a capitalised occupation noun (WordNet's commonest sense a worker or
 * office holder, no given name the lists hold) before a two- or three-word name is the role news style puts first,
 * though the name's given name is one no list knows (audit 61, B-a61-10). A name read whole would glue the role in
 * ("Vendor Chang Mei-hua said"). The name after it must look like one: each word capitalised and no role or person
 * noun, and the last no word of English (a surname, not "Farmer Brothers Coffee"). A word common as a given name
 * ("Hunter", "Archer", "Sawyer") is left to the name by personNounTitle; one the lists lack ("Baker") opens a name of
 * two words ("Baker Mayfield"), which this never reads.
 */
export function occupationBeforeName(words: readonly { text: string }[], i: number): boolean {
  const rest = words.slice(i + 1);
  if (rest.length < 2 || rest.length > 3) return false;
  const word = words[i]!.text;
  if (!personNounTitle(word) || !occupationNoun(word.toLowerCase())) return false;
  const last = rest[rest.length - 1]!.text;
  return (
    rest.every((w) => /^\p{Lu}/u.test(w.text) && !isRoleHead(w.text) && !personNoun(w.text.toLowerCase())) &&
    !wordnetWord(last)
  );
}
