import { escapeRegExp } from './escape-reg-exp';
import { matchesFromStarts } from './matches-from-starts';
import { textOccurrences } from './text-occurrences';
import { wordBoundaryAt } from './word-boundary-at';

/**
 * The capitalised words written right before the name or its surname, as the global scan of
 * `\b([A-Z][a-z]+)\.? (?:name|surname)\b` gives them ("Mr. Stanley", "Sen. Politico"). Read from the two literals'
 * occurrences: a match ends at one of them, and its start is the capitalised word ending a space (and a dot) before
 * it, so only those starts are tried, not every position of a copy that who is who reads once per name.
 */
export function titleBeforeName(name: string, last: string, text: string): string[] {
  const sticky = new RegExp(`\\b([A-Z][a-z]+)\\.? (?:${escapeRegExp(name)}|${escapeRegExp(last)})\\b`, 'y');
  // An empty surname (a name ending in a space) matches after every such word: the whole-copy scan then.
  if (!last) return [...text.matchAll(new RegExp(sticky.source, 'g'))].map((m) => m[1]!);
  const starts: number[] = [];
  for (const literal of [name, last])
    for (const q of textOccurrences(text, literal)) {
      if (text[q - 1] !== ' ' || !wordBoundaryAt(text, q + literal.length)) continue;
      let s = text[q - 2] === '.' ? q - 2 : q - 1;
      while (s > 0 && /[a-z]/.test(text[s - 1]!)) s--;
      if (s > 0) starts.push(s - 1);
    }
  return matchesFromStarts(text, sticky, starts).map((m) => m[1]!);
}
