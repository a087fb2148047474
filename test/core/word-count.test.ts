import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/core/word-count';

describe('wordCount', () => {
  it.each([
    '',
    'one',
    'The minister said on Monday that the plan would go ahead.',
    '  leading and trailing  ',
    'tabs\tand\nnew lines\r\nand\u00a0no-break\u2009thin\u3000ideographic\ufeffbom',
    '“Quoted,” he said — twice.\u2028Next line',
  ])('counts as split on white space does: %j', (text) => {
    expect(wordCount(text)).toBe(text.split(/\s+/).length);
  });

  it('counts as split does for every character from U+0000 to U+FFFF between two words', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect(wordCount(text)).toBe(text.split(/\s+/).length);
    }
  });
});
