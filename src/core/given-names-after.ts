import { escapeRegExp } from './escape-reg-exp';

/**
 * How many different hyphenated given names the copy writes right after the word, surname first ("Park Ji-hoon",
 * "Ban Ki-moon"; given-after-surname.ts reads the same shape): one says a lone "Park" is that person's surname, even
 * where it opens a sentence ("Park said …"), since English copy writes no common word before such a given name.
 */
export function givenNamesAfter(word: string, articleText: string): number {
  const given = new Set<string>();
  const pattern = new RegExp(
    `(?<![\\p{L}'’-])${escapeRegExp(word)} (\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6})(?![\\p{L}'’-])`,
    'gu',
  );
  for (const m of articleText.matchAll(pattern)) if (!m[1]!.endsWith('ed')) given.add(m[1]!);
  return given.size;
}
