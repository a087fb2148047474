import { describe, expect, it } from 'vitest';
import { sumRelations } from '../../src/core/sum-relations';

/**
 * Review s40 B-r40-13 (fix40b): a profession paid a fee for a piece of work is the cost of that work, the lawyer's as
 * much as the architect's; a salary or what someone earns is pay, whichever role draws it. Copy written for the test.
 */
const pay = (sentence: string) => sumRelations(sentence).pay;

describe('a fee paid for work is a cost, a salary is pay (B-r40-13)', () => {
  it.each([
    "The tribunal's barrister was paid £80,000 for the hearing.",
    "The review's lawyer was paid $40,000 for the work, records show.",
  ])('%s is a cost', (sentence) => {
    expect(pay(sentence)).toBe(0);
  });
  it.each(['The architect earns £60,000.', 'The auditor earned $95,000 last year.'])('%s is pay', (sentence) => {
    expect(pay(sentence)).toBe(1);
  });
  it.each([
    'The chief executive was paid £210,000.',
    'The solicitor is on a salary of £90,000.',
    'The solicitor earns £90,000.',
  ])('control: %s stays pay', (sentence) => {
    expect(pay(sentence)).toBe(1);
  });
  it('control: a contract stays a cost', () => {
    expect(pay('The contractor was paid £12 million to build the bridge.')).toBe(0);
  });
});
