import { describe, expect, it } from 'vitest';
import { runsBefore } from '../../src/core/runs-before';
import { spaceChar } from '../../src/core/space-char';

describe('spaceChar: the code units /\\s/ matches, without a regular-expression call per character', () => {
  it('answers as /\\s/ does for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (spaceChar(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it('reads the wider spaces as spaces and a word character or an out-of-range read (NaN) as none', () => {
    expect([0x20, 0x09, 0x0a, 0xa0, 0x2009, 0x3000, 0xfeff].every(spaceChar)).toBe(true);
    expect([0x41, 0x5f, 0x200b, 0x2019, Number.NaN].some(spaceChar)).toBe(false);
  });

  it('leaves runsBefore reading runs split by a no-break or thin space as before (control)', () => {
    const text = 'the\u00a0deputy\u2009chief  executive said';
    expect(runsBefore(text, text.length, 2)).toBe(text.indexOf('executive'));
    expect(runsBefore(text, text.indexOf(' said'), 3)).toBe(text.indexOf('deputy'));
  });
});
