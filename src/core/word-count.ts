import { spaceChar } from './space-char';

/**
 * `text.split(/\s+/).length` without building the array: one more than the runs of white space. Every
 * sentence is measured so, by the follow-up features and the summary, and the arrays were garbage.
 * spaceChar answers a printable ASCII character in two comparisons (the copy is mostly letters); this
 * file's own test of `\s` asked every white space in turn of every letter.
 */
export function wordCount(text: string): number {
  let count = 1;
  for (let i = 0, n = text.length; i < n; i++) {
    if (!spaceChar(text.charCodeAt(i))) continue;
    count++;
    while (i + 1 < n && spaceChar(text.charCodeAt(i + 1))) i++;
  }
  return count;
}
