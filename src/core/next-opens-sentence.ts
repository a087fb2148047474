import { bodyHead } from './body-head';
import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { PLACE_WORDS } from './place-words';
import { isRoleHead } from './role-heads';
import { SENTENCE_OPENERS } from './sentence-openers';
import { TITLE_WORDS } from './split-title';

/**
 * Whether the words at `next`, after the point of an abbreviation that can close a name ("Bedminster, N.J.", "Harwell
 * Marine Ltd."), open a new sentence: a word that opens one ("The", "It", "He"), or a person's name: a known first
 * name, no title or role ("D.C. Mayor Muriel Bowser", "Acme Inc. Chief Executive Jo Hart" are one sentence), before
 * another capitalised word. A first name before a place's or a body's head opens that place's name, not a person's:
 * "Bedminster, N.J. Grace Church", "Trenton, N.J. Virginia Street bridge" (review B-r44-5).
 */
export function nextOpensSentence(text: string, next: number): boolean {
  const [first = '', second = ''] = text.slice(next, next + 60).split(/\s+/);
  if (SENTENCE_OPENERS.has(first.replace(/[^A-Za-z]+$/, ''))) return true;
  const name = first.replace(/[,;:]$/, '');
  return (
    /^[A-Z][a-z]+$/.test(name) &&
    knownFirstName(name) &&
    !isRoleHead(name) &&
    !TITLE_WORDS.test(name) &&
    !HONORIFICS.has(name) &&
    /^[A-Z][a-z]/.test(second) &&
    !placeOrBodyHead(second.replace(/[^A-Za-z]+$/, ''))
  );
}

/** "Street", "Bridge", "Church", "Hospital": the head of a place's or a body's name, which a person's surname is not. */
function placeOrBodyHead(word: string): boolean {
  return PLACE_WORDS.has(word) || bodyHead(word);
}
