import { handFirstName } from './hand-first-name';

/** Two capitalised words: a name after a title ("Terry McAuliffe"). */
const NAME_AHEAD = /^\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u;

/**
 * "… said William Barr. The …": a title's letters (the `token` before the stop at `dot`) after a given name are a
 * surname, and the stop may end the sentence, unless a two-word name follows from `next` ("Virginia Gov. Terry
 * McAuliffe": "Virginia" is a given name too). Audit 51, B-a51-2, where "Barr." joined the title list.
 */
export function titleAsSurname(text: string, dot: number, token: string, next: number): boolean {
  const at = dot - token.length;
  const before = /([A-Za-z]+) $/.exec(text.slice(Math.max(0, at - 21), at))?.[1] ?? '';
  return handFirstName(before) && !NAME_AHEAD.test(text.slice(next));
}
