import { describe, expect, it } from 'vitest';
import { deniedAppositive } from '../../src/core/denied-appositive';
import { leadIn } from '../../src/core/lead-in';

/** Unit checks of the modules session 35 added (moved out of sample31-shapes.test.ts; review s35 B-sample31-5). */

describe('deniedAppositive', () => {
  it('control: an appositive that disputes nothing is none', () => {
    expect(deniedAppositive('The union claims that 120 posts will go, a figure that is double last year’s.')).toBe(
      null,
    );
  });

  it('reads the party and verb as the copy writes them', () => {
    expect(deniedAppositive('The board says fees will rise, a claim parents have flatly rejected.')).toMatchObject({
      party: 'parents',
      verb: 'have flatly rejected',
    });
  });

  it("reads an adverb of the verb as the verb's, not the party's", () => {
    expect(deniedAppositive('The board says fees will rise, a claim parents have long disputed.')).toMatchObject({
      party: 'parents',
      verb: 'have long disputed',
    });
  });

  it.each([
    'The board says fees will rise, a claim parents rarely dispute.',
    'The board says fees will rise, a claim parents do not dispute.',
    'The board says fees will rise, a claim none of the parents disputes.',
    'The board says fees will rise, a claim parents could yet challenge.',
    'The board says fees will rise, a claim parents can’t deny.',
  ])('a party holding a negation, negative quantifier or modal is no second side: "%s"', (text) => {
    expect(deniedAppositive(text)).toBe(null);
  });

  it('reads a hostile sentence in linear time', () => {
    const text = `${'The union claims that posts will go, a figure the '.repeat(3000)}trust disputes.`;
    expect(deniedAppositive(text)?.party).toBe('the trust');
  });
});

describe('leadIn', () => {
  it('control: a claim that goes on after its colon is no lead-in', () => {
    expect(leadIn('Jones argued that the checks take two years: far longer than the minister claims.')).toBe(false);
  });
});
