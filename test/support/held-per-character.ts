import { textOccurrences } from '../../src/core/text-occurrences';
import { heldBytes } from './held-bytes';

/**
 * Run as `node --expose-gc --import tsx held-per-character.ts <first seed> <asks>`: prints the bytes a character that
 * four long copies' indexes hold once asked about `asks` more times. A child process of its own, so the `gc` switch
 * it needs never reaches the test runner's other files (review 51, B-r51-8).
 */
if (!(globalThis as { gc?: () => void }).gc) throw new Error('run with --expose-gc');

/** Invented council copy, made distinct per `n` (numbers and name endings vary the three-character pieces). */
const copy = (n: number, lines: number) =>
  Array.from(
    { length: lines },
    (_, i) =>
      `Councillor Brannagh Ostrova${(i * 7 + n) % 97} told the ${i % 13}th ward meeting in Tullvane that bus route ${n}-${i} would run again.`,
  ).join(' ');

const [first, asks] = process.argv.slice(2).map(Number) as [number, number];
// Four copies, the cache's size, each asked once before the count: the copies and their entries are held before.
const copies = [0, 1, 2, 3].map((k) => copy(first + k, 2_000));
for (const text of copies) textOccurrences(text, 'Ostrova');
const before = heldBytes();
for (let k = 0; k < asks; k++) for (const text of copies) textOccurrences(text, 'Ostrova');
const after = heldBytes();
const characters = copies.reduce((sum, text) => sum + text.length, 0);
console.log(JSON.stringify({ characters, perCharacter: (after - before) / characters }));
