import type { Word } from './tokenize';
import { wordnetWord } from './wordnet-word';

/**
 * Where the name starts after a portfolio no table knows ("Waitangi Negotiations Hemi Tautahi"): a given name and a
 * surname right after a word of English ("Negotiations"), which a name's own words rarely are; else the surname
 * alone, as before. A longer name ("Koh Boon Hwee") is placed by the department tables (after-role-object.ts), and
 * the scan goes no further back: the lexicon lacks many plain nouns ("Fisheries"), so a portfolio word it does not
 * know would join the name. Audit 52, B-a52-4.
 */
export function portfolioTail(words: Word[], start: number, last: number): number {
  return last - 2 >= start && wordnetWord(words[last - 2]!.text) ? last - 1 : last;
}
