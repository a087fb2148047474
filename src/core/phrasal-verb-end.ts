import { VERB_BASES } from './verb-base-set';
import { verbFormKind } from './verb-form-kind';

/** A verb and its particle closing the words before "plans to": "put off", "held back", "called off", "set aside". */
const VERB_PARTICLE_END = /(?:^|\s)([a-z]+)\s+(?:off|up|out|down|back|forward|aside|away|over)$/;

/**
 * Whether the words before "plans to" end on a phrasal verb ("The harbour board put off plans to raise fees"): then
 * "plans" is its object, a noun, and the words hold a verb of their own — no subject for "Will …?" (the question
 * came out "Will the harbour board put off raise mooring fees …?"). Past forms equal to their base ("put", "set")
 * carry no "-ed", so the verb is read from WordNet's verb lists, not from its ending.
 */
export function phrasalVerbEnd(words: string): boolean {
  const verb = VERB_PARTICLE_END.exec(words)?.[1];
  return verb !== undefined && (VERB_BASES.has(verb) || verbFormKind(verb) !== null);
}
