import { compassPoint } from './compass-point';
import type { Word } from './tokenize';

/**
 * "MP for Point Fortin South/West Errol James-Baptiste", "MP for Leeds North West Alex Sobel": a point of the compass
 * after a seat's first word closes the seat's name, as a constituency's acronym does ("East Coast GRC"), so the name
 * is every word after it, whether or not the name lists know its given name; read as the surname alone, the given
 * name was glued to the seat (audit 61, B-a61-3). Not the object's first word ("Governor of North Kivu", "Minister for
 * East Asia"), where the point opens a place's name. Returns where the name starts, or -1 for no such point.
 */
export function seatNameEnd(words: readonly Word[], start: number): number {
  const last = words.length - 1;
  for (let i = last - 1; i > start; i--) {
    if (compassPoint(words[i]!.text)) return compassPoint(words[i + 1]!.text) ? -1 : i + 1;
  }
  return -1;
}
