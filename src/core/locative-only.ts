import { literalMatches, literalPattern } from './literal-matches';

/** Every mention of the run, whatever stands before it ("(?<![\w'’-])name(?![\w-])"). */
const ANY = literalPattern("(?<![\\w'’-])", '(?![\\w-])');
/** A mention right after a locative preposition (no "from", no "around": "a letter from", "the debate around" X). */
const AFTER_LOCATIVE = literalPattern(
  "(?<![\\w'’-])(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Tt]hroughout|[Ii]nside|[Oo]utside|[Oo]ff) ",
  "(?![\\w'’-])",
);
/** The same, without "at": "worked at Morgan Stanley", "an analyst at Dana Kim" name an employer as often as a place. */
const AFTER_SPATIAL = literalPattern(
  "(?<![\\w'’-])(?:[Ii]n|[Nn]ear|[Aa]cross|[Tt]hroughout|[Ii]nside|[Oo]utside|[Oo]ff) ",
  "(?![\\w'’-])",
);

/**
 * "Trains were halted at Marlow Cross … the line flooded near Marlow Cross", "the office in Chon Buri … back in Chon
 * Buri": a run of two or more words the copy writes twice or more, every time right after a locative preposition
 * (and never as a possessor), is where things happen, not who acts. On PolNeAR train and dev the only such run the
 * engine listed was "Mexico City" (in Mexico City ×2); "at Harvard Law School" is a body's, which callers keep. One
 * mention at least must follow a preposition that only places take: "at" alone is an employer's too ("worked at
 * Morgan Stanley … a banker at Morgan Stanley", review 62).
 */
export function locativeOnly(name: string, text: string): boolean {
  if (!name.includes(' ')) return false;
  const all = [...literalMatches(text, name, ANY)].length;
  if (all < 2 || [...literalMatches(text, name, AFTER_LOCATIVE)].length !== all) return false;
  return [...literalMatches(text, name, AFTER_SPATIAL)].length > 0;
}
