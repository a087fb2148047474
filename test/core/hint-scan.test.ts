import { describe, expect, it } from 'vitest';
import { hintScan } from '../../src/core/hint-scan';

const lists = [['row over', 'dispute'], ['row'], ['over'], ["n't", 'café'], ['disputed']];
const scan = hintScan(lists);
const expected = (text: string) => lists.map((hints) => (hints.some((h) => text.includes(h)) ? 1 : 0));

describe('hintScan: which lists of hints occur in a text', () => {
  it('finds none in a text holding no hint', () => {
    expect(scan('the team won the match.')).toBeNull();
    expect(scan('')).toBeNull();
  });

  it('finds every list whose hint occurs: nested, overlapping, at the end, inside words, past other characters', () => {
    for (const text of [
      'a row over pay',
      'a row',
      "they won't",
      'the disputed claim',
      'undisputed',
      'the café—disputed—over',
      'ro w ov er',
      'rowover',
      'narrow overpass',
    ])
      expect(Array.from(scan(text) ?? new Uint8Array(lists.length)), text).toEqual(expected(text));
  });
});
