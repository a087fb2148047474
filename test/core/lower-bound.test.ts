import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/core/lower-bound';
import { firstWordFrom, tokenize } from '../../src/core/tokenize';

describe('lowerBound', () => {
  const starts = [{ start: 0 }, { start: 4 }, { start: 4 }, { start: 9 }];
  it('finds the first item no longer before the place, the first of equal ones', () => {
    expect(lowerBound(starts, (s) => s.start < 4)).toBe(1);
    expect(lowerBound(starts, (s) => s.start < 5)).toBe(3);
    expect(lowerBound(starts, (s) => s.start < 0)).toBe(0);
  });
  it('gives the length when every item is before it, and 0 for an empty list', () => {
    expect(lowerBound(starts, (s) => s.start < 99)).toBe(4);
    expect(lowerBound([], () => true)).toBe(0);
  });
  it('serves the tokenizer: the first word starting at or after an offset', () => {
    const words = tokenize('Mayor Jo Roe spoke.');
    expect(words[firstWordFrom(words, 6)]?.text).toBe('Jo');
    expect(words[firstWordFrom(words, 7)]?.text).toBe('Roe');
  });
});
