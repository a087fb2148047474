import { escapeRegExp } from './escape-reg-exp';
import { textOccurrences } from './text-occurrences';
import { wordBoundaryAt } from './word-boundary-at';

/**
 * The capitalised words written right before the name or its surname, as the global scan of
 * `\b([A-Z][a-z]+)\.? (?:name|surname)\b` gives them ("Mr. Stanley", "Sen. Politico"). Read from the two literals'
 * occurrences: a match ends at one of them, and its start is the capitalised word ending a space (and a dot) before
 * it, so only those starts are tried, not every position of a copy that who is who reads once per name. Each start
 * is read by hand (`titledAt`), not by an expression holding the name: who is who asks this of every name, and
 * compiling one expression per name cost more than running it.
 */
export function titleBeforeName(name: string, last: string, text: string): string[] {
  // An empty surname (a name ending in a space) matches after every such word: the whole-copy scan then.
  if (!last) {
    const pattern = new RegExp(`\\b([A-Z][a-z]+)\\.? (?:${escapeRegExp(name)}|)\\b`, 'g');
    return [...text.matchAll(pattern)].map((m) => m[1]!);
  }
  const starts: number[] = [];
  for (const literal of [name, last])
    for (const q of textOccurrences(text, literal)) {
      if (text[q - 1] !== ' ' || !wordBoundaryAt(text, q + literal.length)) continue;
      let s = text[q - 2] === '.' ? q - 2 : q - 1;
      while (s > 0 && /[a-z]/.test(text[s - 1]!)) s--;
      if (s > 0) starts.push(s - 1);
    }
  // As the global scan: the candidates in order, one inside the previous match skipped.
  const words: string[] = [];
  let end = 0;
  for (const s of [...new Set(starts)].sort((a, b) => a - b)) {
    if (s < end) continue;
    const m = titledAt(text, s, name, last);
    if (!m) continue;
    words.push(m.word);
    end = m.end;
  }
  return words;
}

/**
 * The sticky match of `\b([A-Z][a-z]+)\.? (?:name|last)\b` at `s`: the lower-case run is taken whole (a shorter one
 * leaves a letter where the dot or the space must stand), the dot when written (without it the space would have to
 * stand on the dot), then the name, else the surname, each ending on a word boundary.
 */
function titledAt(text: string, s: number, name: string, last: string): { word: string; end: number } | null {
  if (!/[A-Z]/.test(text[s] ?? '') || /\w/.test(text[s - 1] ?? '')) return null;
  let p = s + 1;
  while (/[a-z]/.test(text[p] ?? '')) p++;
  if (p === s + 1) return null;
  const word = text.slice(s, p);
  if (text[p] === '.') p++;
  if (text[p] !== ' ') return null;
  p++;
  for (const literal of [name, last])
    if (text.startsWith(literal, p) && wordBoundaryAt(text, p + literal.length))
      return { word, end: p + literal.length };
  return null;
}
