import { describe, expect, it } from 'vitest';
import { saysVenue } from '../../src/core/says-venue';

// Review s40 B-r40-14: "on" + a capitalised word after a verb of saying names a medium ("said on Facebook"), but a
// named day ("Good Friday", WordNet's time nouns ending in a weekday) or a month cut short before the day ("Jan 4",
// British and much AP copy) says when.
describe('a named day or a date after "said on" is no medium', () => {
  it('reads WordNet named days and stop-less month cuts as times', () => {
    expect(saysVenue('Marsh said on Good Friday that the pool would open in May.')).toBe(false);
    expect(saysVenue('The trust wrote on Ash Wednesday that the lease had lapsed.')).toBe(false);
    expect(saysVenue('Marsh said on Jan 4 that the pool would open in May.')).toBe(false);
    expect(saysVenue('Okafor posted on Sept 14 that the library would close.')).toBe(false);
  });

  it('keeps the media (controls)', () => {
    // A medium before a weekday is still the medium: only the lexicon's named days are times.
    expect(saysVenue('Sanders said on Twitter Thursday that the vote was rigged.')).toBe(true);
    expect(saysVenue('Marsh said on CNN Sunday that the pool would open.')).toBe(true);
    expect(saysVenue('Marsh wrote on Facebook that the pool would open.')).toBe(true);
    // A weekday and a cut month with a stop were times before.
    expect(saysVenue('Marsh said on Thursday that the pool would open.')).toBe(false);
    expect(saysVenue('Marsh said on Jan. 4 that the pool would open.')).toBe(false);
  });
});
