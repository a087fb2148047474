import { describe, expect, it } from 'vitest';
import { questionTimes, timeClash } from '../../src/core/time-clash';

describe('timeClash', () => {
  const asked = questionTimes('how much did the Adelsons give to super PACs back in 2012?');

  it('flags a sentence pinned to another time than the question', () => {
    expect(timeClash(asked, 'They directed a combined $20 million last month to a super PAC.')).toBe(1);
    expect(timeClash(questionTimes('how many refugees will it admit next year?'), 'It admitted 10,000 in 2015.')).toBe(
      1,
    );
  });

  it('does not flag a sentence naming the question’s time, or naming none', () => {
    expect(timeClash(asked, 'In 2012 they gave $90 million; last month they gave $20 million.')).toBe(0);
    expect(timeClash(asked, 'They are the top donors of the cycle.')).toBe(0);
  });

  it('reads "may" and "march" as months only beside a date word or a number', () => {
    expect(timeClash(asked, 'He may appeal the ruling.')).toBe(0);
    expect(timeClash(asked, 'Protesters march on the capitol.')).toBe(0);
    expect(timeClash(asked, 'They gave $5 million in May.')).toBe(1);
    expect(timeClash(questionTimes('what did they give in May?'), 'On May 15 they gave $5 million.')).toBe(0);
  });

  it('reads "past" and "previous" as "last", and a question with no time never clashes', () => {
    expect(timeClash(questionTimes('what did it earn in the past year?'), 'Last year it earned $2m.')).toBe(0);
    expect(timeClash(questionTimes('how much did they give?'), 'They gave $20 million last month.')).toBe(0);
  });
});
