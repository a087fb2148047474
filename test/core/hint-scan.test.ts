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

/** A text that counts its character reads (hintScan reads a text only through length and charCodeAt). */
function counted(text: string): { text: string; reads: () => number } {
  let reads = 0;
  const view = {
    length: text.length,
    charCodeAt: (i: number) => {
      reads++;
      return text.charCodeAt(i);
    },
  };
  return { text: view as unknown as string, reads: () => reads };
}

describe('hintScan reads each character once', () => {
  it('reads a text of near misses once, not once per start a hint could continue from', () => {
    // Every start continues three characters before "aaab" fails: the trie walk read ~4 per character.
    const scanOne = hintScan([['aaab'], ['row over']]);
    const near = counted('aaa aaaa '.repeat(40));
    expect(scanOne(near.text)).toBeNull();
    expect(near.reads()).toBe(360);
    const hitText = `${'a'.repeat(50)}b and a row over it`;
    const hit = counted(hitText);
    expect(Array.from(scanOne(hit.text) ?? [])).toEqual([1, 1]);
    expect(hit.reads()).toBe(hitText.length);
  });

  it('finds what a search for each hint finds, over 3,000 random texts of hint letters', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = "rowvedisput n'tcaféx";
    for (let t = 0; t < 3000; t++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(Array.from(scan(text) ?? new Uint8Array(lists.length)), text).toEqual(expected(text));
    }
  });
});
