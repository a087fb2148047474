import { REPORTING_VERBS } from './speech-verbs';

/** A word of a name: capitalised, with a title's point or a hyphen ("Sen.", "Mark-Viverito", "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{L}\w'’.-]*$/u;

/** Punctuation an apposition taken whole must not hold: a comma, a dash, a bracket, a quotation, a colon. */
const INNER_BREAK = /[,;:()"“”‘’—–]|^-{1,2}$/;

/**
 * "David Simas, assistant to the president and director of the White House's Office of Political Strategy and Outreach,
 * said … that …": the apposition between a sentence's opening name and its reporting verb, as the range elideAsides
 * marks "…" in a long passage ("David Simas, …, said …"). The role is the who-is-who's to give; at 40 words it spent
 * the budget the claim needed (sample 40's #4). The name is two to four capitalised words ending on a comma; the
 * apposition three or more words with no comma, dash, bracket or quotation inside, closed by a comma before a
 * reporting verb. Null when the sentence has none.
 */
export function appositionAside(words: readonly string[]): { i: number; j: number; mark: string[] } | null {
  // A name of two to four words ("David Simas,", "Sen. Ron Wyden,"): one capitalised word before a comma is as often a
  // sentence adverb ("However,") as a surname.
  const nameEnd = words.slice(0, 4).findIndex((w) => /,$/.test(w));
  if (nameEnd < 1 || !words.slice(0, nameEnd + 1).every((w) => NAME_WORD.test(w.replace(/,$/, '')))) return null;
  for (let j = nameEnd + 1; j < words.length - 1 && j <= nameEnd + 25; j++) {
    const word = words[j]!;
    if (/,$/.test(word) && !INNER_BREAK.test(word.slice(0, -1))) {
      const verb = words[j + 1]!.replace(/[^\w]+$/, '');
      return j - nameEnd >= 3 && REPORTING_VERBS.has(verb) ? { i: nameEnd + 1, j, mark: ['…,'] } : null;
    }
    if (INNER_BREAK.test(word)) return null;
  }
  return null;
}
