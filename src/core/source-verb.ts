import data from './source-verbs.json' with { type: 'json' };
import { verbFormIn } from './verb-form-in';

/** Split once on first use: only an untagged colon introduction reads it. */
let verbs: ReadonlySet<string> | undefined;

/**
 * Whether a verb form makes its subject a message's source: one of its lemma's three commonest WordNet senses is a
 * verb of communication or creation (src/train/build-source-verbs.ts: "describes", "emailed", "posted", "wrote"),
 * not one of receiving or perceiving ("received", "got", "heard", "saw", "found"), whose subject is the recipient.
 */
export function sourceVerb(word: string): boolean {
  verbs ??= new Set((data as string).split(' '));
  return verbFormIn(verbs, word);
}
