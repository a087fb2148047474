import { HONORIFICS } from './honorifics';
import { isCapitalised, type Word } from './tokenize';

/** Arabic and Malay patronymic particles: "son of" (bin, ibn) and "daughter of" (bint, binti, binte, bte). */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'binti', 'binte', 'bte']);

/**
 * "Sheikh Hamdan bin Sultan Al Nuaimi": a patronymic particle joins the given name before it to the father's name
 * after it, so a name never starts past one. A father's name that is also a title word ("Sultan", "Amir") made the
 * title "Sheikh Hamdan bin Sultan" and the name "Al Nuaimi" (audit 58, B-a58-15). Returns where the name starts:
 * the given name before the run's first patronymic particle, when it stands among the title words before `first`.
 */
export function patronymicStart(words: Word[], first: number): number {
  for (let i = 1; i < first; i++) {
    const given = words[i - 1]!.text;
    if (PATRONYMIC.has(words[i]!.text) && isCapitalised(given) && !HONORIFICS.has(given)) return i - 1;
  }
  return first;
}
