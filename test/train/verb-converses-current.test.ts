import { describe, expect, it } from 'vitest';
import data from '../../src/core/verb-converses.json' with { type: 'json' };
import { buildVerbConverses } from '../../src/train/build-verb-converses';
import { wordnetDict } from '../../src/train/wordnet-dict';

// The committed converses are what src/train/build-verb-converses.ts writes from WordNet alone, so an edit by hand
// (or a stale file) shows.
describe('verb-converses.json is what build-verb-converses builds', () => {
  it('from WordNet 3.1 alone: antonyms of the commonest verb senses and their derivations', () => {
    const built = buildVerbConverses(wordnetDict());
    expect({ converses: built }).toEqual(data);
    expect(built.bui!.split(' ')).toEqual(['sell', 'seller']);
    expect(built.win!.split(' ')).toContain('lose');
  });
});
