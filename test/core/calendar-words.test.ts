import { describe, expect, it } from 'vitest';
import { calendarWords, MONTHS, WEEKDAYS } from '../../src/core/calendar-words';

describe('calendarWords', () => {
  it('reads every weekday and month written out', () => {
    for (const word of ['Monday', 'Sunday', 'January', 'May', 'December']) expect(calendarWords(word)).toBe(true);
    expect(WEEKDAYS.split('|')).toHaveLength(7);
    expect(MONTHS.split('|')).toHaveLength(12);
  });

  it('leaves a longer word, a lower-case word and an abbreviation alone (controls)', () => {
    for (const word of ['Maynard', 'Mondays', 'Super Tuesday', 'tuesday', 'Jan', 'Mayor'])
      expect(calendarWords(word)).toBe(false);
  });
});
