import { irregularVerbLemma } from './irregular-verb-lemma';
import { regularVerbBases } from './regular-verb-bases';

/**
 * Whether a verb form's lemma is in a WordNet verb list: an irregular form by its lemma ("thought" → think), a
 * regular one by any base its inflection may come from ("considers", "viewed"). Shared by the readers of the built
 * verb lists (source-verb.ts, stance-verb.ts).
 */
export function verbFormIn(verbs: ReadonlySet<string>, word: string): boolean {
  const lower = word.toLowerCase();
  const irregular = irregularVerbLemma(lower);
  if (irregular) return verbs.has(irregular);
  return regularVerbBases(lower).some((b) => verbs.has(b));
}
