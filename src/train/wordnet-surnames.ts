import type { NounSynset } from './wordnet-noun-synsets';

/** WordNet's lexicographer file of nouns for people: noun.person. */
const NOUN_PERSON = '18';

/**
 * The last words, lower-cased, of the people WordNet names ("mill": John Stuart Mill; "wood": Grant Wood): surnames a
 * common noun may also be, so a lexicon that reads a name's last word as a firm's leaves them out.
 */
export function wordnetSurnames(synsets: ReadonlyMap<string, NounSynset>): Set<string> {
  const surnames = new Set<string>();
  for (const synset of synsets.values())
    if (synset.file === NOUN_PERSON && synset.instanceOf.length > 0)
      for (const word of synset.words) surnames.add(word.split('_').pop()!.toLowerCase());
  return surnames;
}
