import { irregularVerbLemma } from './irregular-verb-lemma';
import { regularVerbBases } from './regular-verb-bases';
import data from './stance-verbs.json' with { type: 'json' };

/** Split once on first use: only a why-answer's neighbour reads it. */
let verbs: ReadonlySet<string> | undefined;

/**
 * Whether a verb form is one of thinking or judging: its lemma's commonest WordNet sense is filed under
 * verb.cognition (src/train/build-stance-verbs.ts: "considers", "believed", "thinks", "views", "doubts").
 */
export function stanceVerb(word: string): boolean {
  verbs ??= new Set((data as string).split(' '));
  const lower = word.toLowerCase();
  const irregular = irregularVerbLemma(lower);
  if (irregular) return verbs.has(irregular);
  return regularVerbBases(lower).some((b) => verbs!.has(b));
}
