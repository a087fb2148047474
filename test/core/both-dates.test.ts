import { describe, expect, it } from 'vitest';
import { bothDates } from '../../src/core/both-dates';

// Review63 R63-11: the second line's date is shown whole or not at all, never cut. Invented copy.
const asked = 'Will the board decide next week whether to close the pool?';

describe('bothDates', () => {
  it('shows "by the end" with what it is the end of', () => {
    expect(bothDates(asked, 'A decision is expected by the end of the month, a trustee said.')).toBe(
      `${asked} (another line: “by the end of the month”)`,
    );
  });

  it('keeps the year written after a date', () => {
    expect(bothDates(asked, 'The board will rule on March 3, 2027, its chair said.')).toBe(
      `${asked} (another line: “on March 3, 2027”)`,
    );
  });

  it('leaves out an end it cannot show whole', () => {
    expect(bothDates(asked, 'A ruling is due before the end of the swimming gala, a trustee said.')).toBe(asked);
  });

  it('control: a plain date is shown as before', () => {
    expect(bothDates(asked, 'A ruling is expected by Friday.')).toBe(`${asked} (another line: “by Friday”)`);
  });
});
