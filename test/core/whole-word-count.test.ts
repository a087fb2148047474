import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/core/escape-reg-exp';
import { wholeWordCount } from '../../src/core/whole-word-count';
import { seededRandom } from '../../src/eval/seeded-random';

/** The expression wholeWordCount stands in for. */
const byPattern = (text: string, word: string): number =>
  text.match(new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, 'gu'))?.length ?? 0;

describe('wholeWordCount', () => {
  it('counts a surname standing whole, not inside a longer word', () => {
    const text = 'Okafor, Lindqvist and Okafors wrote; Okafor-Bell said Okafor.';
    expect(wholeWordCount(text, 'Okafor')).toBe(3);
    expect(wholeWordCount('MacOkafor Okaforé Okafor\u0301', 'Okafor')).toBe(0);
    expect(wholeWordCount('', 'Okafor')).toBe(0);
  });

  it('reads the neighbours by code point, as the u flag does', () => {
    // A letter outside the basic plane (𝐀, a surrogate pair) touches the word; an emoji does not.
    expect(wholeWordCount('\u{1d400}Lee \u{1f600}Lee', 'Lee')).toBe(1);
  });

  it('gives the expression’s count on random copy', () => {
    const random = seededRandom(57);
    const pieces = ['Lee', 'Le', 'e', ' ', ',', 'a', '\u0301', '\u{1d400}', '\u{1f600}', '\ud835', '\udc00', '-', '.'];
    const words = ['Lee', 'e', 'Le e', '\udc00Lee', '\ude00Lee', 'Lee\ud835', 'Lee\ud83d', '.'];
    let matched = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(random() * 14);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const word = words[n % words.length]!;
      const expected = byPattern(text, word);
      if (expected > 0) matched++;
      expect(wholeWordCount(text, word), JSON.stringify([text, word])).toBe(expected);
    }
    expect(matched).toBeGreaterThan(200);
  });
});
