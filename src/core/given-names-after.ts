/** The last article's hyphenated given names after each word, read in one pass (a scan per word was quadratic). */
const seen = { text: '', after: new Map<string, Set<string>>() };

/**
 * How many different hyphenated given names the copy writes right after the word, surname first ("Park Ji-hoon",
 * "Ban Ki-moon"; given-after-surname.ts reads the same shape): one says a lone "Park" is that person's surname, even
 * where it opens a sentence ("Park said …"), since English copy writes no common word before such a given name.
 */
export function givenNamesAfter(word: string, articleText: string): number {
  if (seen.text !== articleText) {
    seen.text = articleText;
    seen.after = new Map();
    const pairs = /(?<![\p{L}'’-])([^\s]+) (?=(\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6})(?![\p{L}'’-]))/gu;
    for (const m of articleText.matchAll(pairs)) {
      if (m[2]!.endsWith('ed')) continue;
      const given = seen.after.get(m[1]!) ?? new Set<string>();
      given.add(m[2]!);
      seen.after.set(m[1]!, given);
    }
  }
  return seen.after.get(word)?.size ?? 0;
}
