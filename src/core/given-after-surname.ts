/**
 * Two romanised syllables (none longer than six letters: "Cheung", "Hyeong"), the second not a participle's "-ed": an
 * English compound after a name ("One Sanders-endorsed", "Trump-backed", "Clinton-leaning", "T-shirts") is a modifier.
 */
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * A hyphenated given name written after the surname, its second syllable in lower case: Cantonese ("Fung Hoi-yan",
 * "Rosanna Fung Hoi-yan"), Korean ("Ban Ki-moon", "Kim Jong-un") and Taiwanese style. English copy capitalises both
 * halves of a double-barrelled surname ("Harel-Weiss", "Ben-Haim"), so a lower-case half marks a given name, and the
 * capitalised word before it is the surname later sentences name the person by ("Fung said"; audit 54's B-a54-11).
 * Whether `words` ends on such a given name after a capitalised surname.
 */
export function givenAfterSurname(words: readonly string[]): boolean {
  const last = words.at(-1)!;
  return words.length > 1 && HYPHENED_GIVEN.test(last) && !last.endsWith('ed') && NAME_WORD.test(words.at(-2)!);
}
