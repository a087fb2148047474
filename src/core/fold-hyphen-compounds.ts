import { englishWord } from './english-word';
import { irregularPastForm } from './past-participle';

/** Two words of three letters or more joined by one hyphen, the second lower-case: "frozen-meals", "long-term", "high-profile". */
const COMPOUND = /(?<![\w-])([A-Za-z][a-z]{2,})-([a-z]{3,})(?![\w-])/g;
/**
 * Prefixes that turn the compound against its second word: a "non-profit" makes no profit, an "anti-war" group
 * wages none, so the second word alone would put the sentence on a topic it denies. A closed class of English
 * morphology, not words seen in the copy.
 */
const AGAINST = /^(?:non|anti|counter|pseudo|quasi)$/;
/**
 * A compound ending in a participle is an adjective made of a verb ("best-selling", "terror-linked", "court-ordered"):
 * split, its verb reads as an act the copy reports ("how many copies did his books sell?" met "11 best-selling books"),
 * so it stays whole.
 */
const participle = (word: string): boolean => /(?:ing|ed)$/.test(word) || irregularPastForm(word);

/**
 * "Which frozen-meals maker…?" asked of copy saying "frozen meals" (or the other way round): the tokenizer keeps a
 * hyphenated word whole, and the stemmer then cuts it as one ("frozen-m"), so neither side's words met the other's.
 * Both sides pass through this fold before their terms are taken, so a common compound of two English words reads as
 * its two words everywhere. Names keep their hyphen ("Seitz-Wald", "Coca-Cola", "anti-Trump": a capital on either
 * side), and the text shown is never this one.
 */
export function foldHyphenCompounds(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(COMPOUND, (whole, first: string, second: string) =>
    AGAINST.test(first.toLowerCase()) || participle(second) || !englishWord(first) || !englishWord(second)
      ? whole
      : `${first} ${second}`,
  );
}
