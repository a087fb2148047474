import { describe, expect, it } from 'vitest';
import { withoutLeadingTime } from '../../src/core/without-leading-time';

// Review 59's R59-4: a month or weekday before a capital may open a name ("August Marine"); cutting the time off
// would cut inside the name. Copy written for the test.
describe('withoutLeadingTime keeps a name that opens on a calendar word', () => {
  it('keeps "August Marine" and "Sunday Times" whole', () => {
    expect(withoutLeadingTime('August Marine')).toBe('August Marine');
    expect(withoutLeadingTime('Sunday Times reporters')).toBe('Sunday Times reporters');
  });

  it('still drops a time before a common subject (control)', () => {
    expect(withoutLeadingTime('Tuesday the library trust')).toBe('the library trust');
    expect(withoutLeadingTime('on Monday night the board')).toBe('the board');
  });
});
