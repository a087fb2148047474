import data from './english-lemmas.json' with { type: 'json' };

/** Split once on first use: a cold start that never asks pays nothing. */
let lemmas: ReadonlySet<string> | undefined;

/**
 * WordNet's own detachment rules for nouns and verbs (its morphy): "ports" → "port", "churches" → "church",
 * "replied" → "reply", "pastored" → "pastor", "hoping" → "hope". No bare "-d" ("Vinod" is no inflection of "vino").
 */
const DETACH: ReadonlyArray<readonly [string, string]> = [
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];

/**
 * Whether a word, in any case, is a word of English by WordNet 3.1: one of its common lemmas of any part of speech,
 * an irregular form its exception lists give ("Said", "Went", "Children"), or a regular inflection of a lemma
 * ("Publishers", "Ports"); `npm run lexicon:lemmas` (src/train/build-english-lemmas.ts). A name WordNet holds only
 * as a name ("Dorothy", "Lincoln") and a word of no English ("Nurul", "Garda", "Ogunleye") are not.
 */
export function englishWord(word: string): boolean {
  lemmas ??= new Set((data as string).split(' '));
  const lower = word.toLowerCase();
  if (lemmas.has(lower)) return true;
  // A base of two letters is too short to tell ("Ted" is no inflection of "te").
  return DETACH.some(
    ([end, put]) =>
      lower.endsWith(end) &&
      lower.length - end.length + put.length > 2 &&
      lemmas!.has(lower.slice(0, -end.length) + put),
  );
}
