import { handFirstName } from './hand-first-name';

/** The last article's given names before each capitalised word, read in one pass (a scan per word was quadratic). */
const seen = { text: '', before: new Map<string, Set<string>>() };

/**
 * How many different known first names the copy writes right before the word ("Howard Dean", "Jane Park"): one says
 * the lone word can only be that person's surname, more says it is shared ("Bobby Scott" and "Tim Scott").
 */
export function givenNamesBefore(word: string, articleText: string): number {
  if (seen.text !== articleText) {
    seen.text = articleText;
    seen.before = new Map();
    // Letters beyond ASCII count ("Maria Núñez", "Jan Kovač"): `[A-Z][a-z]+\b` read neither surname.
    for (const m of articleText.matchAll(/(?<![\p{L}\p{N}_])(\p{Lu}\p{Ll}+) (?=(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_]))/gu)) {
      if (!handFirstName(m[1]!)) continue;
      const given = seen.before.get(m[2]!) ?? new Set<string>();
      given.add(m[1]!);
      seen.before.set(m[2]!, given);
    }
  }
  return seen.before.get(word)?.size ?? 0;
}
