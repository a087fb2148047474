import { describe, expect, it } from 'vitest';
import data from '../../src/core/comparative-adjectives.json' with { type: 'json' };
import { buildComparativeAdjectives, winkComparativeSources } from '../../src/train/build-comparative-adjectives';

// The committed list is what its builder writes from wink-lexicon alone (node_modules), so an edit by hand or a stale
// file shows here, on a clean clone too.
describe('comparative-adjectives.json is what its builder builds', () => {
  it('the comparatives wink-lexicon tags and WordNet irregular ones, and no noun in -er', () => {
    const built = buildComparativeAdjectives(...winkComparativeSources());
    expect(built.join(' ')).toBe(data);
    const words = new Set(built);
    expect(['slimmer', 'wider', 'narrower', 'closer', 'bigger', 'better'].filter((w) => !words.has(w))).toEqual([]);
    expect(['leader', 'voter', 'winner', 'other', 'former'].filter((w) => words.has(w))).toEqual([]);
  });
});
