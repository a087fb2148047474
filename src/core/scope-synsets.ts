import data from './scope-synsets.json' with { type: 'json' };

/**
 * WordNet synsets of news copy's word forms, precomputed by src/train/build-scope-synsets.ts so src/core reads no
 * files: each form's commonest senses in the parts of speech its form can have, kept only where two forms share one.
 */
const synsets = (data as { forms: Record<string, string> }).forms;
const cache = new Map<string, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

function sensesOf(word: string): ReadonlySet<string> {
  // Only a listed form is kept: the cache is bounded by the lexicon, not by the words a bot reads for days.
  if (!Object.hasOwn(synsets, word)) return NONE;
  let senses = cache.get(word);
  if (senses === undefined) {
    senses = new Set(synsets[word]!.split(' '));
    cache.set(word, senses);
  }
  return senses;
}

/**
 * Two word forms name one thing in one of their commonest senses, in the same part of speech ("disclose" and
 * "reveal"; not "grounded" and "caused", whose nouns "grounds" and "cause" share a sense their verbs do not).
 */
export function scopeSynsets(a: string, b: string): boolean {
  const first = sensesOf(a);
  if (first.size === 0) return false;
  for (const id of sensesOf(b)) if (first.has(id)) return true;
  return false;
}
