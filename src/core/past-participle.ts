import data from './irregular-participles.json' with { type: 'json' };

/** WordNet's irregular past and participle forms (src/train/build-irregular-participles.ts, npm run lexicon:participles). */
const IRREGULAR: ReadonlySet<string> = new Set(Object.keys((data as { forms: Record<string, string> }).forms));
/**
 * Verbs whose participle is their base form, which no exception file can list because nothing differs: "could have
 * hit", "may have come", "might have cost". A closed class of English morphology, not a list of words seen; the
 * compounds WordNet builds on them ("undercut", "forecast", "outbid", "reset") are read from it at build time
 * (`npm run lexicon:participles`, review 43, B-r43-15).
 */
export const SIMPLE_BASE_PARTICIPLES = [
  ...['bet', 'bid', 'burst', 'cast', 'come', 'cost', 'cut', 'fit', 'hit', 'hurt', 'let', 'put', 'quit', 'read'],
  ...['rid', 'run', 'set', 'shed', 'shut', 'split', 'spread', 'thrust'],
];
const BASE_PARTICIPLE: ReadonlySet<string> = new Set([
  ...SIMPLE_BASE_PARTICIPLES,
  ...((data as { compounds?: string }).compounds?.split(' ') ?? []),
]);

/**
 * Can this word be a verb's past participle? "been", a regular "-ed" form, an irregular form WordNet lists
 * ("sought", "sunk", "dealt") or a base-form participle ("hit"). A noun or a determiner is not ("a", "problems").
 */
export function pastParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return w === 'been' || /^\w+ed$/.test(w) || IRREGULAR.has(w) || BASE_PARTICIPLE.has(w);
}

/** Is this word an irregular past or participle form WordNet lists ("rode", "held", "sought")? */
export function irregularPastForm(word: string): boolean {
  return IRREGULAR.has(word.toLowerCase());
}
