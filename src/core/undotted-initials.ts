import type { Word } from './tokenize';

/**
 * "Professor of Law KS Rajan", "Head of Research KC Tan": two capitals written without stops right before the run's
 * last word, a surname, are the person's initials (Singapore, Malaysian and Hong Kong copy writes them so), not an
 * acronym closing the role's object. An acronym that closes a place stands between the place and a name of two words
 * or more ("East Coast GRC Jessica Lim") and has three capitals or more in the posts and constituencies seen; a post
 * of two ("MK Avi Shaked", "TD Mary Lynch") opens a run or stands before a given name, never between a portfolio and a
 * bare surname, so the shape (two capitals, then one capitalised word ending the run) is the evidence.
 */
export function undottedInitials(words: Word[], i: number): boolean {
  const last = words[words.length - 1];
  return i === words.length - 2 && /^[A-Z]{2}$/.test(words[i]!.text) && !!last && /^\p{Lu}\p{Ll}+$/u.test(last.text);
}
