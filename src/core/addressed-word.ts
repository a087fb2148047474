import { HONORIFICS } from './honorifics';
import { textOccurrences } from './text-occurrences';

/** The token right before an occurrence, read from a short window (no word of address is longer). */
const TOKEN_BEFORE = /(?:^|\s)(\S+)\s+$/;

/**
 * Whether the copy writes the word right after a form of address ("Dr Blessing Gwatidzo", "Mrs Charity Dube"): there
 * it opens a name, so it is no sentence opener the name run swallowed, though shaped like one ("Blessing" like a
 * gerund; audit 62, B-a62-11). Read from the word's occurrences, not a scan of the copy per word.
 */
export function addressedWord(word: string, text: string): boolean {
  for (const q of textOccurrences(text, word)) {
    if (/[\p{L}\p{M}]/u.test(text[q + word.length] ?? '')) continue;
    const from = Math.max(0, q - 16);
    const m = TOKEN_BEFORE.exec(text.slice(from, q));
    // A token the window cut mid-word is none.
    if (m && HONORIFICS.has(m[1]!) && !(m.index === 0 && from > 0 && /\S/.test(text[from - 1]!))) return true;
  }
  return false;
}
