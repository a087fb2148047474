import { describe, expect, it } from 'vitest';
import { passedDeadline } from '../../src/core/passed-deadline';
import { pastDated } from '../../src/core/past-dated';

// PAST_VERB lists a few irregular pasts ("told", "held") and reads "-ed"; "heard", "paid", "sent", "wrote" fell
// through it, so a sentence dating a done act by one of them read as waiting. WordNet's exception list
// (irregular-participles.json) now reads them all. Composed sentences.
describe('a dated act told by an irregular past is history', () => {
  it('reads the irregular pasts WordNet lists beside a date', () => {
    for (const text of [
      'The treasurer paid the settlement on Tuesday.',
      'The tribunal heard the appeal in March 2023.',
      'Dalton wrote to the minister on Friday.',
    ])
      expect(pastDated(text), text).toBe(true);
  });

  it('control: the same acts ahead still wait', () => {
    for (const text of [
      'The treasurer will pay the settlement on Tuesday.',
      'The tribunal is to hear the appeal in March.',
    ])
      expect(pastDated(text), text).toBe(false);
  });

  it('a deadline that only dates an act sent before it is passed', () => {
    const text = 'The firm sent its tender before the March 15 deadline.';
    expect(passedDeadline(text, text.indexOf('deadline'), 'deadline')).toBe(true);
    const ahead = 'The firm must send its tender before the March 15 deadline.';
    expect(passedDeadline(ahead, ahead.indexOf('deadline'), 'deadline')).toBe(false);
  });
});
