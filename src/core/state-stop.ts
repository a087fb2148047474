import { STATE_ABBREVIATIONS } from './abbreviated-word';
import { nextOpensSentence } from './next-opens-sentence';

/** A US state as the agencies abbreviate it: "Calif", "Ala", or dotted, "N.J", "D.C" (the token before its point). */
const STATE = new RegExp(`^(?:${STATE_ABBREVIATIONS}|N\\.[CDHJMY]|S\\.[CD]|R\\.I|D\\.C|W\\.Va)$`);

/** A capitalised place and its comma just before the state: "Bedminster, ", "San Bernardino, ". */
const PLACE_BEFORE = /\p{Lu}[\p{L}\w'’.-]*,\s+$/u;

/**
 * Whether the point of a state abbreviation that ends a place ("… at Bedminster, N.J. Roger Ailes, the former chairman
 * of Fox News, also met …", "… in San Bernardino, Calif. The Islamic State said …") also ends the sentence. Inside a
 * sentence the copy writes a comma after the state ("Bedminster, N.J., on Sunday"), so with none the point ends it
 * when the next words open one (next-opens-sentence.ts). "U.S. Sen. Ron Wyden" follows no place.
 */
export function stateStopEnds(text: string, token: string, dot: number, next: number): boolean {
  return (
    STATE.test(token) &&
    PLACE_BEFORE.test(text.slice(Math.max(0, dot - token.length - 40), dot - token.length)) &&
    nextOpensSentence(text, next)
  );
}
