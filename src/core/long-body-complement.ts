import { bodyHead } from './body-head';

/** A complement's "the" and three or four lower-case words: "of the regional public transport committee". */
const LONG_RUN = /\bthe\s+(?:\p{Ll}[\p{L}-]*\s+){2,3}(\p{Ll}[\p{L}-]*)$/u;

/**
 * Whether a role's complement may stand: a long lower-case run after "the" must end on a body's head noun
 * ("committee", "board"; body-head.ts, WordNet's organisation heads) — "The chair of the regional public transport
 * committee, Karin Ödegaard," (audit 62, B-a62-3) — not on any noun a clause could end on.
 */
export function longBodyComplement(complement: string): boolean {
  const last = LONG_RUN.exec(complement)?.[1];
  return !last || bodyHead(`${last[0]!.toUpperCase()}${last.slice(1)}`);
}
