import data from './stance-verbs.json' with { type: 'json' };
import { verbFormIn } from './verb-form-in';
import { wordListSet } from './word-list-set';

/** Split once on first use: only a why-answer's neighbour reads it. */
const verbs = wordListSet(data as string);

/**
 * Whether a verb form is one of thinking or judging: its lemma's commonest WordNet sense is filed under
 * verb.cognition (src/train/build-stance-verbs.ts: "considers", "believed", "thinks", "views", "doubts").
 */
export function stanceVerb(word: string): boolean {
  return verbFormIn(verbs(), word);
}
