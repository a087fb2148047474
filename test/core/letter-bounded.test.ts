import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/core/escape-reg-exp';
import { letterBounded } from '../../src/core/letter-bounded';
import { seededRandom } from '../../src/eval/seeded-random';

/** The expression letterBounded stands in for (speaker-gender.ts, answer-pronoun-name.ts built one per name). */
const byPattern = (text: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);

describe('letterBounded', () => {
  it('finds a surname with no letter beside it, a mark or a hyphen may touch it', () => {
    expect(letterBounded('MacOkafor and Okafors left', 'Okafor')).toBe(false);
    expect(letterBounded('MacOkafor left; Okafor-Bell stayed', 'Okafor')).toBe(true);
    expect(letterBounded('Okafor\u0301 left', 'Okafor')).toBe(true);
    expect(letterBounded('\u{1d400}Lee left', 'Lee')).toBe(false);
    expect(letterBounded('\u{1f600}Lee left', 'Lee')).toBe(true);
  });

  it('gives the expression’s answer on random copy, the empty word and regex characters included', () => {
    const random = seededRandom(59);
    const pieces = [
      'Lee',
      'Le',
      'e',
      ' ',
      ',',
      'a',
      '\u0301',
      '\u{1d400}',
      '\u{1f600}',
      '\ud835',
      '\udc00',
      '-',
      '.',
      'J.',
    ];
    const words = ['Lee', 'e', 'Le e', '\udc00Lee', 'Lee\ud835', '.', 'J.', ''];
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const word = words[n % words.length]!;
      const expected = byPattern(text, word);
      if (expected) found++;
      expect(letterBounded(text, word), JSON.stringify([text, word])).toBe(expected);
    }
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(2700);
  });
});
