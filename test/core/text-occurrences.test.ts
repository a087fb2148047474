import { describe, expect, it } from 'vitest';
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
});
