import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../project-path';
import { wordnetDict } from './wordnet-dict';

/**
 * The common nouns whose first (commonest) WordNet sense names a person — lexicographer file 18, noun.person:
 * "midwife", "nurse", "poet", "chef" — for who is who's apposition roles ("Name, a senior midwife,"), which the
 * agent-noun endings miss. Left out: a lemma the synset writes capitalised (a person's name: "Aaron", "Frank"), and
 * a word WordNet's tagged corpus uses more as an adjective ("regular", "conservative", "native"): "Trump, a regular
 * in recent years" says how often, not who. `npm run lexicon:persons` writes src/core/person-nouns.json.
 */
const NOUN_PERSON = 18;
const dict = wordnetDict();
const lines = (file: string): string[] =>
  readFileSync(join(dict, file), 'latin1')
    .split('\n')
    .filter((l) => l.length > 0 && !l.startsWith('  '));

/** Index lines: lemma, pos, synset count, pointer count, the pointers, sense count, tagged sense count, synsets. */
const indexOf = (file: string): Map<string, { tagged: number; first: string }> => {
  const index = new Map<string, { tagged: number; first: string }>();
  for (const line of lines(file)) {
    const f = line.split(' ');
    const pointers = Number(f[3]);
    index.set(f[0]!, { tagged: Number(f[5 + pointers]), first: f[6 + pointers]! });
  }
  return index;
};

/** data.noun lines: offset, lexicographer file, type, word count (hex), then word and lex id pairs. */
const synsets = new Map<string, { file: number; words: string[] }>();
for (const line of lines('data.noun')) {
  const f = line.split(' ');
  const count = Number.parseInt(f[3]!, 16);
  synsets.set(f[0]!, { file: Number(f[1]), words: Array.from({ length: count }, (_, i) => f[4 + 2 * i]!) });
}
const adjectives = indexOf('index.adj');
const words: string[] = [];
for (const [lemma, { tagged, first }] of indexOf('index.noun')) {
  const synset = synsets.get(first);
  if (!synset || synset.file !== NOUN_PERSON || !/^[a-z]+$/.test(lemma) || !synset.words.includes(lemma)) continue;
  if ((adjectives.get(lemma)?.tagged ?? -1) > tagged) continue;
  words.push(lemma);
}
writeFileSync(projectPath('src/core/person-nouns.json'), `${JSON.stringify({ words })}\n`);
console.log(`wrote ${words.length} person nouns`);
