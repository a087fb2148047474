import { describe, expect, it } from 'vitest';
import { clauseAccuser } from '../../src/core/clause-accuser';
import { STAGE_DIRECTION } from '../../src/core/shown-turn-text';

/*
 * Audit 53, B-a53-1: a capitalised-run pattern with an optional space between words splits an all-caps word of n
 * letters 2^(n-1) ways, so a run that is not closed where the pattern wants (", who" rather than " who"; an aside not
 * closed by ")") backtracks exponentially. On the base commit 14 three-letter caps words before ", who" took 40 s and
 * each further word about four times longer; the 24-word runs below would not return for years, so these tests hang
 * (and CI's job timeout fails them) on the base, while the fixed patterns, one split per run, return at once. No time
 * is measured here: returning at all is the check.
 */
const CAPS_RUN = Array.from({ length: 24 }, (_, k) => ['TAX', 'RATE', 'CUT', 'NOW'][k % 4]).join(' ');

describe('capitalised runs read in linear time', () => {
  it('reads a long all-caps run closed by a comma before "who" as the name before the comma', () => {
    // The name-then-"who" reader takes at most four words before the comma.
    expect(clauseAccuser(`The complaint was lodged on Friday by ${CAPS_RUN}, who`)).toBe('TAX RATE CUT NOW');
  });

  it('still reads a capitalised body right before "which" or "who" (control)', () => {
    expect(clauseAccuser('the motion was backed by the Harbour Residents Union which')).toBe(
      'the Harbour Residents Union',
    );
    expect(clauseAccuser('it was lodged by PIER-WATCH who')).toBe('PIER-WATCH');
    expect(clauseAccuser('Ferry Owners who')).toBe('Ferry Owners');
    expect(clauseAccuser('The complaint was lodged on Friday, said Ann Bell, who')).toBe('Ann Bell');
  });

  it('leaves an unclosed all-caps aside in a transcript line as it is', () => {
    const line = `BELLAMY: We voted (${CAPS_RUN} against it.`;
    expect(line.replace(STAGE_DIRECTION, ' ')).toBe(line);
  });

  it('still drops a closed stage direction (control)', () => {
    expect('BELLAMY: We voted (LAUGHTER) against it.'.replace(STAGE_DIRECTION, ' ')).toBe(
      'BELLAMY: We voted against it.',
    );
    expect('We won (CHEERS AND APPLAUSE) again.'.replace(STAGE_DIRECTION, ' ')).toBe('We won again.');
  });
});
