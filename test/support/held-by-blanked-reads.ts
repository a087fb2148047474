import { textOccurrences } from '../../src/core/text-occurrences';
import { titleOfSurname } from '../../src/core/title-of-surname';
import { heldBytes } from './held-bytes';

/**
 * Run as `node --expose-gc --import tsx held-by-blanked-reads.ts <quoted: 0|1>`: prints the bytes a character that
 * reading a long copy's titles outside its quotations holds, once the copy's own index is built. A child process of
 * its own, so the `gc` switch it needs never reaches the test runner's other files.
 */
if (!(globalThis as { gc?: () => void }).gc) throw new Error('run with --expose-gc');

const quoted = process.argv[2] === '1';
/** Invented council copy; with `quoted`, each line holds a quotation (a masked copy then differs from it). */
const copy = Array.from(
  { length: 2_000 },
  (_, i) =>
    `Councillor Brannagh Ostrova${i % 97} told the ${i % 13}th ward meeting in Tullvane that bus route ${i} ${
      quoted ? `would run again: "Judge Ostrova${i % 97} was right," she said.` : 'would run again.'
    }`,
).join(' ');

// The copy's own index, built on its second question, and the masked copy (kept by masked-copy.ts) held before.
textOccurrences(copy, 'Ostrova');
textOccurrences(copy, 'Ostrova');
titleOfSurname('Tullvane', copy);
const before = heldBytes();
for (const surname of ['Ostrova1', 'Ostrova2', 'Ostrova3']) titleOfSurname(surname, copy);
const after = heldBytes();
console.log(JSON.stringify({ characters: copy.length, perCharacter: (after - before) / copy.length }));
