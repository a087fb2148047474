import { bodyHead } from './body-head';

/**
 * "Bank of Lomai Governor", "Department of Health spokeswoman", "Friends of the Earth campaigner": read back from a
 * role's head, the word before `start` is the "of" (or "the" after it) inside a body's own name, when a capitalised
 * word follows it and the word before the "of" heads a body (WordNet's and the hand lists' heads, body-head.ts). The
 * role then keeps the body whole; a capitalised word before "of" that heads none ("Speaking of Lomai Governor X") does
 * not join it.
 */
export function bodyOfAt(words: readonly string[], start: number): boolean {
  if (start < 2 || !/^[A-Z]/.test(words[start] ?? '')) return false;
  const word = words[start - 1]!;
  if (word === 'the') return words[start - 2] === 'of' && start > 2 && bodyHead(words[start - 3]!);
  return word === 'of' && bodyHead(words[start - 2]!);
}
