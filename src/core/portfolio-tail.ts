import { thingNoun } from './thing-noun';
import type { Word } from './tokenize';
import { wordnetWord } from './wordnet-word';

/**
 * Where the name starts after a portfolio, given where it would start (`name`: the surname, or a known given name):
 * one word before it that no dictionary holds ("Aupito" of "Minister for Pacific Peoples Aupito William Sio", "Hemi"
 * of "Waitangi Negotiations Hemi Tautahi") is the name's too when a word the tables (`table`) or WordNet know stands
 * right before it ("Peoples", "Negotiations"), which a name's own words rarely are; else the name starts where it
 * would. A portfolio so takes only words a dictionary knows, and never a name word (review 52, B-r52-7: "William Sio
 * — Minister for Pacific Peoples Aupito"). One word only, and none before `start` (the portfolio's first): the
 * lexicon lacks some plain nouns, and a portfolio word it does not know would join the name. Audit 52, B-a52-4.
 */
export function portfolioTail(words: Word[], start: number, name: number, table: (i: number) => boolean): number {
  const known = (i: number): boolean => table(i) || wordnetWord(words[i]!.text) || thingNoun(words[i]!.text) !== null;
  return name - 2 >= start && known(name - 2) && !known(name - 1) ? name - 1 : name;
}
