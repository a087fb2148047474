/**
 * Articles, demonstratives and possessive determiners: the words that open a noun phrase of their own ("the", "those",
 * "their"). One list, so the readers that stop a subject, a title or a name at a determiner agree on what one is; a
 * reader that needs quantifiers or drops a word keeps its own set and says why.
 */
const WORDS = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your'];

/** The determiners, lower case: `DETERMINERS.has(word)` for a case-sensitive test. */
export const DETERMINERS: ReadonlySet<string> = new Set(WORDS);

/** The determiners as a regex alternation, for a pattern that embeds them ("(?:^|\s)(?:…)$"). */
export const DETERMINER_SOURCE = WORDS.join('|');

/** Whether `word` is a determiner, in any case ("The", "THEIR"). */
export function isDeterminer(word: string): boolean {
  return DETERMINERS.has(word.toLowerCase());
}
