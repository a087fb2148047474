import data from './irregular-participles.json' with { type: 'json' };
import { irregularVerbLemma } from './irregular-verb-lemma';
import { VERB_BASES } from './verb-base-set';

/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts): "ask", "urge", "press". */
const VERBS: ReadonlySet<string> = VERB_BASES;
/** Irregular forms WordNet also reads as a noun or an adjective ("left", "spoke", "sent"): no sure verb alone. */
const NOMINAL: ReadonlySet<string> = new Set((data as { nominal: string }).nominal.split(' '));

/** Auxiliaries and modals: English's closed class of finite helpers. */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)$/;

/**
 * The bases an inflected form may come from: "asked" → ask, "urged" → urge, "pressed"/"presses" → press. Not
 * regularVerbBases: its one-letter stems, "-i" → "-y" and doubled letter's drop after any ending make nouns regular
 * forms of VERB_BASES ("bed" → "be", "harris" → "harry", "putts" → "put"): 17 of WordNet's words, their inflections
 * and the eval corpora's words read differently, 16 of them made verb forms (tidy50).
 */
function basesOf(word: string): string[] {
  const m = /^([a-z]{2,}?)(ied|ies|ed|es|s)$/.exec(word);
  if (m === null) return [];
  const stem = m[1]!;
  const ending = m[2]!;
  if (ending === 'ied' || ending === 'ies') return [`${stem}y`];
  const found = [stem, `${stem}e`];
  if (ending === 'ed' && /([b-df-hj-np-tv-z])\1$/.test(stem)) found.push(stem.slice(0, -1));
  return found;
}

/**
 * What WordNet says a lower-case word is as a verb form, never a list typed here: 'auxiliary' for an auxiliary or a
 * modal (a closed class, finite wherever it stands), 'irregular' for an irregular past or
 * participle that is no noun or adjective too ("told", "met", "wrote"; irregular-participles.json), 'nominal' for one
 * that is also a noun or an adjective ("sold", "left", "ground"), 'regular' for an "-ed" or "-s" form whose base is
 * read as a verb more often than a noun ("asked", "urges"; verb-bases.json), else null. A nominal or regular form may
 * still be a modifier ("retired general", "ground crew") or a plural ("reviews"): the caller reads its place.
 */
export function verbFormKind(word: string): 'auxiliary' | 'irregular' | 'nominal' | 'regular' | null {
  if (!/^[a-z]+$/.test(word)) return null;
  if (AUXILIARY.test(word)) return 'auxiliary';
  const lemma = irregularVerbLemma(word);
  if (lemma !== undefined && lemma !== word) return NOMINAL.has(word) ? 'nominal' : 'irregular';
  return basesOf(word).some((base) => VERBS.has(base)) ? 'regular' : null;
}
