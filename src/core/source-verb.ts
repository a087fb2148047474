import data from './source-verbs.json' with { type: 'json' };
import { verbFormIn } from './verb-form-in';
import { wordListSet } from './word-list-set';

/** Split once on first use: only an untagged colon introduction reads it. */
const verbs = wordListSet(data as string);

/**
 * Whether a verb form makes its subject a message's source: one of its lemma's three commonest WordNet senses is a
 * verb of communication or creation (src/train/build-source-verbs.ts: "describes", "emailed", "posted", "wrote"),
 * not one of receiving or perceiving ("received", "got", "heard", "saw", "found"), whose subject is the recipient.
 */
export function sourceVerb(word: string): boolean {
  return verbFormIn(verbs(), word);
}
