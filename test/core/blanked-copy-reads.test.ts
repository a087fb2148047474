import { describe, expect, it } from 'vitest';
import { maskedCopy } from '../../src/core/masked-copy';
import { titleOfSurname } from '../../src/core/title-of-surname';
import { whoIsWhoSourceKind } from '../../src/core/who-is-who-source';

/** Invented filler long enough (over 20,000 characters) for the copy's occurrence index to be read. */
const filler = Array.from(
  { length: 300 },
  (_, i) => `The Tullvane ward meeting heard item ${i} on the bus routes and the library hours.`,
).join(' ');

describe("reads of a long copy's blanked quotations from the copy's own index", () => {
  it('read a title outside quotation marks, not one inside them', () => {
    const text = `${filler} "Judge Ostrova was wrong," a resident said. ${filler} Mayor Brannagh spoke last.`;
    expect(titleOfSurname('Ostrova', text)).toBe('Judge');
    expect(titleOfSurname('Brannagh', text)).toBe('Mayor');
    // Read again: the copy is now indexed, and the answers hold.
    expect(titleOfSurname('Ostrova', text)).toBe('Judge');
    expect(titleOfSurname('Brannagh', text)).toBe('Mayor');
  });

  it('make no source of a name the speaker reports inside a quotation', () => {
    const text = `${filler} "Edwina Castell told me it was over," the mayor said. ${filler} Tomas Reyes said the vote stood.`;
    for (let k = 0; k < 2; k++) {
      expect(whoIsWhoSourceKind(['Edwina Castell'], null, maskedCopy(text), text).source).toBe(false);
      expect(whoIsWhoSourceKind(['Tomas Reyes'], null, maskedCopy(text), text).source).toBe(true);
    }
  });
});
