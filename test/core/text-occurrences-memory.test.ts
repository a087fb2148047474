import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { textOccurrences } from '../../src/core/text-occurrences';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Bytes the process holds (heap and typed-array stores) once everything unreachable is collected. */
function heldBytes(): number {
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/** Invented council copy, made distinct per `n` (numbers and name endings vary the three-character pieces). */
const copy = (n: number, lines: number) =>
  Array.from(
    { length: lines },
    (_, i) =>
      `Councillor Brannagh Ostrova${(i * 7 + n) % 97} told the ${i % 13}th ward meeting in Tullvane that bus route ${n}-${i} would run again.`,
  ).join(' ');

/**
 * What four copies add when asked about again (`asks` more times): each is asked once before the count, so the copies
 * themselves and their cache entries are held before; the difference is the indexes. Four, the cache's size, so nothing
 * else is evicted meanwhile.
 */
function heldPerCharacter(copies: readonly string[], asks: number): number {
  for (const text of copies) textOccurrences(text, 'Ostrova');
  const before = heldBytes();
  for (let k = 0; k < asks; k++) for (const text of copies) textOccurrences(text, 'Ostrova');
  const after = heldBytes();
  return (after - before) / copies.reduce((sum, text) => sum + text.length, 0);
}

describe('textOccurrences memory', () => {
  it("holds a long copy's index in a few bytes a character, not in arrays of numbers (a 1 MB article keeps two)", () => {
    const copies = [1, 2, 3, 4].map((n) => copy(n, 2_000));
    expect(copies[0]!.length).toBeGreaterThan(200_000);
    // Four bytes a position and the pieces' table (~4.5 in all); arrays of numbers held ~9.6.
    expect(heldPerCharacter(copies, 1)).toBeLessThan(6.5);
  });

  it('holds nothing more for a long copy asked about only once, which is scanned, not indexed (control)', () => {
    const copies = [5, 6, 7, 8].map((n) => copy(n, 2_000));
    expect(heldPerCharacter(copies, 0)).toBeLessThan(0.5);
  });
});
