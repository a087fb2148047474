import { STATE_ABBREVIATIONS } from './abbreviated-word';
import { bodyHead } from './body-head';
import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { PLACE_WORDS } from './place-words';
import { isRoleHead } from './role-heads';
import { TITLE_WORDS } from './split-title';

/** A US state as the agencies abbreviate it: "Calif", "Ala", or dotted, "N.J", "D.C" (the token before its point). */
const STATE = new RegExp(`^(?:${STATE_ABBREVIATIONS}|N\\.[CDHJMY]|S\\.[CD]|R\\.I|D\\.C|W\\.Va)$`);

/** A capitalised place and its comma just before the state: "Bedminster, ", "San Bernardino, ". */
const PLACE_BEFORE = /[A-Z][\w'’.-]*,\s+$/;

/**
 * Whether the point of a state abbreviation that ends a place ("… at Bedminster, N.J. Roger Ailes, the former chairman
 * of Fox News, also met …", "… in San Bernardino, Calif. The Islamic State said …") also ends the sentence. Inside a
 * sentence the copy writes a comma after the state ("Bedminster, N.J., on Sunday"), so with none the point ends it
 * when the next word opens a sentence (`opener`), or opens a person's name: a known first name, no title ("D.C. Mayor
 * Muriel Bowser" is one sentence), before another capitalised word. "U.S. Sen. Ron Wyden" follows no place. A first
 * name before a place's or a body's head opens that place's name, not a person's: "Bedminster, N.J. Grace Church",
 * "Trenton, N.J. Virginia Street bridge" (review B-r44-5).
 */
export function stateStopEnds(
  text: string,
  token: string,
  dot: number,
  next: number,
  opener: (word: string) => boolean,
): boolean {
  if (!STATE.test(token) || !PLACE_BEFORE.test(text.slice(Math.max(0, dot - token.length - 40), dot - token.length)))
    return false;
  const [first = '', second = ''] = text.slice(next, next + 60).split(/\s+/);
  if (opener(first.replace(/[^A-Za-z]+$/, ''))) return true;
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
