import { textOccurrences } from './text-occurrences';
import { wordBoundaryAt } from './word-boundary-at';

/**
 * Every position where `\bgiven\s+(?:[A-Z]\.\s?)*(?:[A-Z][a-z]+\s+)?last\b` can start ("George W. Bush", "George
 * Walker Bush"), read backwards from each occurrence of the surname instead of trying the pattern at every position
 * of the copy (namesake weights ask it of every namesake). Before the surname: optionally one capitalised word and
 * its spaces, then a run of initials (each "X." and at most one space), then spaces, and the given name ending
 * there. Every way of reading that is walked, so the positions are a superset the caller checks with the pattern.
 */
export function fullNameStarts(given: string, last: string, text: string): number[] {
  const starts: number[] = [];
  for (const r of textOccurrences(text, last)) {
    if (!wordBoundaryAt(text, r + last.length)) continue;
    for (const initialsEnd of [r, wordStart(text, r)]) {
      if (initialsEnd < 0) continue;
      for (let x = initialsEnd; x >= 0; x = initialBefore(text, x)) {
        let e = x;
        while (e > 0 && /\s/.test(text[e - 1]!)) e--;
        if (e < x && e >= given.length && text.startsWith(given, e - given.length)) starts.push(e - given.length);
      }
    }
  }
  return starts;
}

/** Where "[A-Z][a-z]+\s+" ending at `at` starts, or -1. */
function wordStart(text: string, at: number): number {
  let p = at;
  while (p > 0 && /\s/.test(text[p - 1]!)) p--;
  if (p === at) return -1;
  let q = p;
  while (q > 0 && /[a-z]/.test(text[q - 1]!)) q--;
  return q < p && q > 0 && /[A-Z]/.test(text[q - 1]!) ? q - 1 : -1;
}

/** Where the initial "[A-Z]\.\s?" ending at `at` starts, or -1 (one reading only: a space is the optional one). */
function initialBefore(text: string, at: number): number {
  const dot = /\s/.test(text[at - 1] ?? '') ? at - 2 : at - 1;
  return dot > 0 && text[dot] === '.' && /[A-Z]/.test(text[dot - 1]!) ? dot - 1 : -1;
}
