import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/core/escape-reg-exp';
import { WORD_EDGE } from '../../src/core/latin-letters';
import { wordBounded } from '../../src/core/word-bounded';
import { seededRandom } from '../../src/eval/seeded-random';

/** The expression wordBounded stands in for: `\b` with the Latin letters as word characters (latin-letters.ts). */
const byPattern = (text: string, literal: string): boolean =>
  new RegExp(`${WORD_EDGE}${escapeRegExp(literal)}${WORD_EDGE}`).test(text);

describe('wordBounded', () => {
  it('finds a surname standing as a word, not inside a longer one', () => {
    expect(wordBounded('Okafor said so.', 'Okafor')).toBe(true);
    expect(wordBounded('Okafors and MacOkafor', 'Okafor')).toBe(false);
    // A later occurrence can stand whole where the first does not.
    expect(wordBounded('Okafors met Okafor_x and Okafor-Bell', 'Okafor')).toBe(true);
    // An accented letter is a word's as an ASCII one is (`\b` alone read ASCII only): "Akbaş" stands before a space.
    expect(wordBounded('éOkafor', 'Okafor')).toBe(false);
    expect(wordBounded('Akbaş said', 'Akbaş')).toBe(true);
    expect(wordBounded('Nguyễn Văn Hùng', 'Văn')).toBe(true);
    expect(wordBounded('Nguyễn', 'Nguy')).toBe(false);
  });

  it('reads a literal opening or closing on a non-word character as the expression does', () => {
    expect(wordBounded('the F.B.I. said', 'F.B.I.')).toBe(false);
    expect(wordBounded('the F.B.I.s said', 'F.B.I.')).toBe(true);
    expect(wordBounded('of Corvane Ltd', 'of Corvane')).toBe(true);
  });

  it('gives the expression’s answer on random copy', () => {
    const random = seededRandom(58);
    const pieces = ['Lee', 'Le', 'e', ' ', ',', 'a', '_', '9', 'é', 'ễ', 'ş', '.', '-', '\u{1d400}', "'", '$'];
    const literals = ['Lee', 'e', 'Le e', '.Lee', 'Lee.', "'", '.', '', 'e$', '$'];
    let found = 0;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const literal = literals[n % literals.length]!;
      const expected = byPattern(text, literal);
      if (expected) found++;
      expect(wordBounded(text, literal), JSON.stringify([text, literal])).toBe(expected);
    }
    expect(found).toBeGreaterThan(250);
    expect(found).toBeLessThan(1750);
  });
});
