import { HONORIFICS } from './honorifics';
import { personNoun } from './person-noun';
import { isRoleHead } from './role-heads';
import { ROLE_QUALIFIERS } from './role-qualifiers';
import { lowerWord, type Word } from './tokenize';

/**
 * "Dodoma City Director Ms Agnes Kilonzo", "Economist Dr Hamisi Kigwangalla": an honorific right after a post's head
 * noun (a role head or a WordNet person noun) is the form of address the copy puts before the name, no word of the
 * post, which read "City Director Ms" (audit 59, B-a59-19). A rank that is the post itself stays in it: "Chief Justice
 * John Roberts" (a qualifier before it), "Saudi Prince Alwaleed", "Crown Prince Frederik" (no person noun before it).
 * `h` is the index of the word before the honorifics.
 */
export function addressAfterPost(words: Word[], h: number): boolean {
  const before = words[h];
  // "His Highness Sheikh Dr …": a style of address ("Highness", "Excellency") is no post, whatever WordNet says.
  if (!before || HONORIFICS.has(before.text) || /^(?:His|Her|Your|Their)$/.test(words[h - 1]?.text ?? '')) return false;
  const lower = lowerWord(before);
  return !ROLE_QUALIFIERS.has(lower) && (isRoleHead(lower) || personNoun(lower));
}
