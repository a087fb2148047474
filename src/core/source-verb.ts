import { irregularVerbLemma } from './irregular-verb-lemma';
import { regularVerbBases } from './regular-verb-bases';
import data from './source-verbs.json' with { type: 'json' };

/** Split once on first use: only an untagged colon introduction reads it. */
let verbs: ReadonlySet<string> | undefined;

/**
 * Whether a verb form makes its subject a message's source: one of its lemma's three commonest WordNet senses is a
 * verb of communication or creation (src/train/build-source-verbs.ts: "describes", "emailed", "posted", "wrote"),
 * not one of receiving or perceiving ("received", "got", "heard", "saw", "found"), whose subject is the recipient.
 */
export function sourceVerb(word: string): boolean {
  verbs ??= new Set((data as string).split(' '));
  const lower = word.toLowerCase();
  const irregular = irregularVerbLemma(lower);
  if (irregular) return verbs.has(irregular);
  return regularVerbBases(lower).some((b) => verbs!.has(b));
}
