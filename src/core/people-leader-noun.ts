import data from './people-leader-nouns.json' with { type: 'json' };
import { singularsOf } from './singulars-of';
import { wordListSet } from './word-list-set';

/** The words, split once on first use: read only when a leader noun governs a name. */
const words = wordListSet(data as string);

/**
 * Whether a lower-case leader noun (or its singular) has a WordNet 3.1 sense that leads people — a trainer or a
 * supervisor ("coach", "manager", "boss", "chief", "director") — as src/train/build-people-leader-nouns.ts wrote
 * src/core/people-leader-nouns.json: "the coach of <name>" names a person as often as a body.
 */
export function peopleLeaderNoun(word: string): boolean {
  return [word, ...singularsOf(word)].some((form) => words().has(form));
}
