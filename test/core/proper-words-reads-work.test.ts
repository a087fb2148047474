import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupNameForms } from '../../src/core/group-name-forms';
import { properWordsOf } from '../../src/core/proper-words-of';

// Speed (session 51): properWordsOf reads the copy's tokens in place instead of splitting every text of the article
// into an array of words; the words it finds are the same (the control runs the split-based reading beside it).
afterEach(() => vi.restoreAllMocks());

/** The reading properWordsOf made before, through text.split(/\s+/): the control's reference. */
function splitReading(texts: string[]): { words: Set<string>; written: Set<string> } {
  const words = new Set<string>();
  const written = new Set<string>();
  for (const text of texts) {
    const tokens = text.split(/\s+/);
    for (let i = 1; i < tokens.length; i++) {
      const first = tokens[i]!.charCodeAt(0);
      if ((first < 65 || first > 90) && !'"“‘('.includes(tokens[i]!.charAt(0))) continue;
      const token = tokens[i]!.replace(/^["“‘(]+/, '');
      const code = token.charCodeAt(0);
      if (code < 65 || code > 90) continue;
      if (/[.!?:]["”’]?$/.test(tokens[i - 1]!) || (/^["“]/.test(tokens[i]!) && /[:,]$/.test(tokens[i - 1]!))) continue;
      const word = token.replace(/[^\w'’-]+$/, '').replace(/['’]s?$/, '');
      words.add(word);
      written.add(word);
      if (word === token) for (const form of groupNameForms(word, tokens[i + 1])) words.add(form);
    }
  }
  return { words, written };
}

const COPY = [
  'The Tarrow harbour board met Dana Mill on Tuesday.',
  '“We will close the pier,” said Commissioner Ellis Grant of the Ferry Trust.',
  'Members of the Democratic caucus voted, and Republican voters objected: "Nobody asked us."',
];

describe('properWordsOf reads an article’s tokens without splitting its copy', () => {
  it('builds no array of the words of each text', () => {
    const split = vi.spyOn(String.prototype, 'split');
    const words = properWordsOf(COPY);
    expect(split).not.toHaveBeenCalled();
    expect(words).toContain('Dana');
  });

  it('finds the words the split-based reading found, over every mix of words, marks and white space (control)', () => {
    const pieces = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\ufeff',
      'pier',
      'Tarrow',
      'Ellis.',
      'said:',
      'board,',
      '“Grant',
      '"Mill',
      '(Ferry',
      '‘Quay’',
      'Harbour’s',
      'Dems’',
      'Democratic',
      'voters',
      'Council."',
      'up!”',
      '“',
      '"(',
      'Nash-',
      'Ross?’',
      'Ann”',
      'x.',
    ];
    for (let seed = 1; seed < 4000; seed++) {
      let text = '';
      for (let k = 0, s = seed; k < 8; k++, s = Math.floor(s / 3) + k * 11)
        text += pieces[(s * 37 + k) % pieces.length];
      const expected = splitReading([text, `Kell ${text}`]);
      const found = properWordsOf([text, `Kell ${text}`]);
      expect([...found].sort()).toEqual([...expected.words].sort());
      expect([...(found as unknown as { written: Set<string> }).written].sort()).toEqual([...expected.written].sort());
    }
  });
});
