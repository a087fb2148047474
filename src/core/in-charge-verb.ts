import data from './in-charge-verbs.json' with { type: 'json' };
import { irregularVerbLemma } from './irregular-verb-lemma';
import { regularVerbBases } from './regular-verb-bases';
import { wordListSet } from './word-list-set';

/** The verbs, split once on first use: only a who-question asking for a head reads them. */
const verbs = wordListSet(data as string);

/**
 * Whether a lower-case verb form ("runs", "ran", "heading", "chairs") is a verb of being in charge with a doer noun
 * for the office — WordNet's "direct" (be in charge of) and its troponyms, as src/train/build-in-charge-verbs.ts wrote
 * src/core/in-charge-verbs.json: "who runs Acme?" asks for Acme's head as "who leads Acme?" does.
 */
export function inChargeVerb(form: string): boolean {
  const lemma = irregularVerbLemma(form);
  return lemma !== undefined ? verbs().has(lemma) : regularVerbBases(form).some((base) => verbs().has(base));
}
