/**
 * `text.matchAll(global)` when every position a match can start at is known (a superset, read from a literal's
 * occurrences): who is who asks one expression per name, and a global scan tries it at every position of the copy,
 * so thousands of names read a long copy thousands of times. `sticky` is the same expression with the `y` flag; it
 * is tried at each candidate in ascending order, and a candidate inside the previous match is skipped, as the
 * global scan skips it. The global scan's leftmost match from its last index starts at one of the candidates, and a
 * sticky match at a position is the global scan's match there, so the matches are the same.
 */
export function matchesFromStarts(text: string, sticky: RegExp, starts: Iterable<number>): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let end = 0;
  for (const s of [...new Set(starts)].sort((a, b) => a - b)) {
    if (s < end) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    // Not reached by the callers' expressions (none matches empty), kept so an empty match cannot stall the scan.
    end = m[0].length ? s + m[0].length : s + 1;
  }
  return found;
}
