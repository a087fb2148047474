import { escapeRegExp } from './escape-reg-exp';
import { HONORIFICS } from './honorifics';

/**
 * Whether the copy writes the word right after a form of address ("Dr Blessing Gwatidzo", "Mrs Charity Dube"): there
 * it opens a name, so it is no sentence opener the name run swallowed, though shaped like one ("Blessing" like a
 * gerund; audit 62, B-a62-11).
 */
export function addressedWord(word: string, text: string): boolean {
  for (const m of text.matchAll(
    new RegExp(`(?<![\\p{L}\\p{M}])(\\S+)\\s+${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, 'gu'),
  ))
    if (HONORIFICS.has(m[1]!)) return true;
  return false;
}
