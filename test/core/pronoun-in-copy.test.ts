import { describe, expect, it } from 'vitest';
import { pronounInCopy } from '../../src/core/pronoun-in-copy';
import { seededRandom } from '../../src/eval/seeded-random';

/** The expression pronounInCopy stands in for. */
const byPattern = (text: string, word: string, next?: string): number =>
  new RegExp(`(?<![\\p{L}'’])${word}${next === undefined ? '' : String.raw`\s+${next}`}(?![\\p{L}])`, 'iu').exec(text)
    ?.index ?? -1;

describe('pronounInCopy', () => {
  it('finds the pronoun before the same next word, whole and in any case', () => {
    const text = 'Then she said no. Ashe said yes, and She  said it again.';
    expect(pronounInCopy(text, 'she', 'said')).toBe(5);
    expect(pronounInCopy('Ashe said; she’s gone; She said', 'she', 'said')).toBe(23);
    expect(pronounInCopy('her sister, his brother', 'his')).toBe(12);
    expect(pronounInCopy('hers only', 'her')).toBe(-1);
  });

  it('gives the expression’s answer on random copy', () => {
    const random = seededRandom(58);
    const pieces = [
      'he',
      'he',
      ' ',
      'said',
      'He',
      'HE',
      's',
      'said',
      ' ',
      '\t',
      '  ',
      '’',
      "'",
      'ſ',
      'x',
      '\u{1d400}',
      '-',
      '1',
      'ß',
    ];
    const asks: Array<[string, string | undefined]> = [
      ['he', 'said'],
      ['he', undefined],
      ['she', 's'],
      ['he’s', 'x-1'],
      ['he', ''],
      ['he', 's.'],
    ];
    let found = 0;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const [word, next] = asks[n % asks.length]!;
      const expected = byPattern(text, word, next);
      if (expected >= 0) found++;
      expect(pronounInCopy(text, word, next), JSON.stringify([text, word, next])).toBe(expected);
    }
    expect(found).toBeGreaterThan(50);
  });
});
