/**
 * `\b` at a position: a word character on one side only (no `u` flag: `\w` is ASCII). The readers that replace a
 * whole-copy expression by checks at a literal's occurrences (title before a name, full-name starts, the surname
 * alone) ask it where the expression had `\b`.
 */
export function wordBoundaryAt(text: string, at: number): boolean {
  return /\w/.test(text[at - 1] ?? '') !== /\w/.test(text[at] ?? '');
}
