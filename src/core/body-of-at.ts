import { bodyHead } from './body-head';
import { isRoleHead } from './role-heads';
import { TITLE_WORDS } from './split-title';

/**
 * "Bank of Lomai Governor", "Department of Health spokeswoman", "Friends of the Earth campaigner": read back from a
 * role's head, the word before `start` is the "of" (or "the" after it) inside a body's own name, when a capitalised
 * word follows it and the word before the "of" heads a body (WordNet's and the hand lists' heads, body-head.ts). The
 * role then keeps the body whole; a capitalised word before "of" that heads none ("Speaking of Lomai Governor X") does
 * not join it. The body's name must end before the post: in "the Office of Governor Ana Tui" or "the Government of
 * Prime Minister Tom Ruiz" every word after "of" is the person's title, so the body is the person's, not the role's
 * (review 65's R65-1).
 */
export function bodyOfAt(words: readonly string[], start: number): boolean {
  if (start < 2 || !/^[A-Z]/.test(words[start] ?? '')) return false;
  if (words.slice(start).every((w) => TITLE_WORDS.test(w) || isRoleHead(w))) return false;
  const word = words[start - 1]!;
  if (word === 'the') return words[start - 2] === 'of' && start > 2 && bodyHead(words[start - 3]!);
  return word === 'of' && bodyHead(words[start - 2]!);
}
