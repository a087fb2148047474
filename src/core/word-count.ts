/** A character `\s` matches: ASCII and Unicode white space, the line and paragraph separators, the BOM. */
function space(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `text.split(/\s+/).length` without building the array: one more than the runs of white space. Every
 * sentence is measured so, by the follow-up features and the summary, and the arrays were garbage.
 */
export function wordCount(text: string): number {
  let count = 1;
  for (let i = 0, n = text.length; i < n; i++) {
    if (!space(text.charCodeAt(i))) continue;
    count++;
    while (i + 1 < n && space(text.charCodeAt(i + 1))) i++;
  }
  return count;
}
