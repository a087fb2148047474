import { describe, expect, it, vi } from 'vitest';
import { nonOverlapping, textOccurrences } from '../../src/core/text-occurrences';

/** What the index stands for: `indexOf` from each occurrence on. */
const scanned = (text: string, literal: string): number[] => {
  const found: number[] = [];
  for (let q = text.indexOf(literal); q >= 0; q = text.indexOf(literal, q + 1)) found.push(q);
  return found;
};

// Long enough for the index (asked twice), with names inside words, overlaps, and at both ends.
const long = `Ayla Mercer spoke. ${Array.from({ length: 900 }, (_, i) => `Rowan Tell${i % 7} met McRowan and Ayla Mercer-Hale.`).join(' ')} aaaa Ayla Mercer`;

describe('textOccurrences', () => {
  it('finds every occurrence indexOf finds, in order, on a long copy read again and again', () => {
    expect(long.length).toBeGreaterThan(20_000);
    for (const literal of [
      'Ayla Mercer',
      'Rowan',
      'Tell3',
      'aa',
      'aaa',
      'Mercer-Hale.',
      'nobody',
      'Ayla Mercer',
      'owa',
    ]) {
      textOccurrences(long, literal);
      expect(textOccurrences(long, literal)).toEqual(scanned(long, literal));
    }
  });

  it('finds the same on a short copy, and nothing for an empty literal', () => {
    expect(textOccurrences('Rowan and McRowan', 'Rowan')).toEqual([0, 12]);
    expect(textOccurrences('Rowan', '')).toEqual([]);
  });

  it('skips the occurrences overlapping an earlier one, as a search from its end does', () => {
    expect(nonOverlapping(textOccurrences('aaaaa', 'aa'), 2)).toEqual([0, 2]);
  });

  it('reads a long copy once for a short literal asked again and again (a roster of "Ed"s), not once per question', () => {
    // A copy of its own: the index is kept per copy.
    const copy = Array.from({ length: 600 }, (_, i) => `Ed Vane${i} fed the geese and led them.`).join(' ');
    expect(copy.length).toBeGreaterThan(20_000);
    const expected = scanned(copy, 'ed');
    const indexOf = vi.spyOn(String.prototype, 'indexOf');
    const found: number[][] = [];
    let calls: number;
    try {
      for (let k = 0; k < 100; k++) found.push(textOccurrences(copy, 'ed'));
    } finally {
      // Counted before the restore, which clears the calls.
      calls = indexOf.mock.calls.length;
      indexOf.mockRestore();
    }
    // Each scan costs one indexOf per occurrence and one more; 100 questions scanned anew would cost 100 of them.
    expect(calls).toBeLessThanOrEqual(3 * (expected.length + 1));
    for (const f of found) expect(f).toEqual(expected);
  });

  it('gives each caller a list of its own for a short literal', () => {
    const copy = Array.from({ length: 500 }, (_, i) => `Li Wen${i} lit the lights.`).join(' ');
    textOccurrences(copy, 'li');
    textOccurrences(copy, 'li').push(-1);
    expect(textOccurrences(copy, 'li')).toEqual(scanned(copy, 'li'));
  });
});
