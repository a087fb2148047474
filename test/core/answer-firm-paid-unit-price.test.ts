import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { sumRelations } from '../../src/core/sum-relations';

// Issue 12 (review B-ans52-2, B-ans52-4): a contract or a grant paid to a firm or a body was read as someone's pay,
// so it answered no cost question; and a unit price sharing only the verb "cost" with the question was read as
// naming what is asked. Composed copy: a British and a US story.
const pier = analyzeArticle(`Pier reopens after repairs

Seaham's pier reopened to visitors on Saturday after a year of repairs.

The builder, Coastline Works, was paid £4.2 million to repair the pier, the council said.

Anglers were back on the boards by lunchtime.
`);

const zoo = analyzeArticle(`City zoo opens new aviary

RIVERTON — The city zoo opened its new aviary on Sunday after two years of building work.

Adult tickets cost $18 each, and children under 5 get in free.

Keepers moved 300 birds into the aviary last week.
`);

const pay = (s: string): boolean => {
  const r = sumRelations(s);
  return r.sums > 0 && r.pay === r.sums;
};

describe('a sum paid to a firm or a body is a cost, not pay (B-ans52-2)', () => {
  it('a British story: the builder’s contract answers what the pier’s repair cost', () => {
    expect(answerQuestion(pier, 'how much did the repairs cost?').answer).toContain('£4.2 million');
  });

  it('reads a passive "paid" or an earning verb as pay only for a person or a rate', () => {
    expect(pay('The health board was paid £2m by ministers to run the ward.')).toBe(false);
    expect(pay('The firm earned $40 million in profit.')).toBe(false);
    expect(pay('Earnings rose to $1.1 billion.')).toBe(false);
  });

  it('controls: a person’s pay, a rate, a salary', () => {
    expect(pay('She is paid £70,000.')).toBe(true);
    expect(pay('Drivers are paid £14 an hour.')).toBe(true);
    expect(pay('The firm’s boss, on a salary of $900,000, resigned.')).toBe(true);
    expect(pay('He earns $60,000 a year.')).toBe(true);
  });
});

describe('a unit price names what is asked only by a noun, not the verb "cost" (B-ans52-4)', () => {
  it('a US story: a ticket price is not what "it" cost', () => {
    expect(answerQuestion(zoo, 'how much did it cost?').answer).toBeNull();
  });

  it('control: the price answers a question naming the thing priced', () => {
    expect(answerQuestion(zoo, 'how much does a ticket cost?').answer).toContain('$18 each');
  });
});
