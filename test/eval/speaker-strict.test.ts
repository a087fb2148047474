import { describe, expect, it } from 'vitest';
import { modifierInLabel } from '../../src/eval/speaker-strict';

describe('modifierInLabel', () => {
  it('catches a printed principal whose name the label uses only to modify a noun or as a possessor', () => {
    expect(modifierInLabel('Ted Cruz', ['a senior Cruz adviser'])).toBe(true);
    expect(modifierInLabel('Hillary Clinton', ['Clinton ally James Carville'])).toBe(true);
    expect(modifierInLabel('Donald Trump', ['Trump’s Virginia state director, Mike Rubino,'])).toBe(true);
    expect(modifierInLabel('Idaho', ['Idaho nutritional-supplement executive Frank VanderSloot'])).toBe(true);
  });

  it('leaves a name the label uses as the name of who spoke', () => {
    expect(modifierInLabel('Jason Chaffetz', ['Oversight Chairman Jason Chaffetz (R-Utah)'])).toBe(false);
    expect(modifierInLabel('Michael Flynn', ['Flynn, a top Trump surrogate,'])).toBe(false);
    expect(modifierInLabel('Jeb Bush', ['Former Florida governor Jeb Bush'])).toBe(false);
    expect(modifierInLabel('Hillary Clinton', ['Clinton'])).toBe(false);
    expect(modifierInLabel('Ted Cruz', ['Cruz and his aides'])).toBe(false);
    // A label naming the person twice, once as a modifier: the name's own use counts.
    expect(modifierInLabel('Ted Cruz', ['Cruz, the Cruz campaign chairman'])).toBe(false);
    // A printed name the label does not hold at all is no modifier (speaker_ok judges it).
    expect(modifierInLabel('PolitiFact', ['the fact-checkers'])).toBe(false);
  });
});
