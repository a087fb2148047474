import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/core/bounded-memo';

// tidy49 (session 49): a pattern built from a surname or a role is compiled once per key, in a bounded cache.
describe('boundedMemo', () => {
  it('computes each key once and gives the same value again', () => {
    const keys: string[] = [];
    const pattern = boundedMemo((word) => {
      keys.push(word);
      return new RegExp(`\\b${word}\\b`);
    }, 4);
    const first = pattern('Bell');
    expect(pattern('Bell')).toBe(first);
    expect(pattern('Osei').test('Mr Osei said')).toBe(true);
    expect(keys).toEqual(['Bell', 'Osei']);
  });

  it('holds at most `size` keys, and a cleared key is computed again to the same value', () => {
    const keys: string[] = [];
    const upper = boundedMemo((word) => {
      keys.push(word);
      return word.toUpperCase();
    }, 2);
    expect(['ann', 'bo', 'cy', 'ann'].map(upper)).toEqual(['ANN', 'BO', 'CY', 'ANN']);
    expect(keys).toEqual(['ann', 'bo', 'cy', 'ann']);
  });
});
