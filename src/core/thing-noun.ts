import { singularsOf } from './singulars-of';
import data from './thing-nouns.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

const features = wordListSet(data.features);
const places = wordListSet(data.places);
const things = wordListSet(data.things);
const surnames = wordListSet(data.surnames);
const groups = wordListSet(data.groups);

/**
 * What WordNet's commonest sense of a capitalised word (or of its singular) is, from src/core/thing-nouns.json
 * (src/train/build-thing-nouns.ts): a natural feature ("Vale", "Beach"), a place ("Town", "Meadows"), a made thing, a body or a substance ("Air",
 * "Ferries", "Lithium"), or null — a person's noun, an abstraction, no noun, or a surname WordNet knows ("Bush",
 * "Banks": never stripped to "bank"). Built on first use: most copy never asks.
 */
export function thingNoun(word: string): 'feature' | 'place' | 'thing' | null {
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower) || surnames().has(lower)) return null;
  for (const form of [lower, ...singularsOf(lower)]) {
    if (features().has(form)) return 'feature';
    if (places().has(form)) return 'place';
    if (things().has(form)) return 'thing';
  }
  return null;
}

/** Whether a thing noun's commonest sense is a body or system (WordNet's noun.group: "economy", "industry", "army"). */
export function groupNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return thingNoun(lower) === 'thing' && [lower, ...singularsOf(lower)].some((form) => groups().has(form));
}
