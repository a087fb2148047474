import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { sumRelations } from '../../src/core/sum-relations';

// Issue 12 (ans55): a person's pay given by a bare role ("The chief executive was paid …", "the chief executive's
// pay rose to …") still answered "how much did it cost?" (fix38b read only named subjects). Invented copy: a pier
// story that never gives the cost asked.
const pier = (payLine: string) =>
  analyzeArticle(`Pier repairs overrun

The pier at Saltby reopened in June, a year behind schedule.

${payLine}

Harbour master Lena Ostrow said the delay was "regrettable".

The trust has not said what the repairs cost in the end.
`);
const COST = 'how much did the pier repairs cost?';

describe('a role’s pay answers no cost question', () => {
  it('a role as the subject, with or without an "of" phrase or a relative clause', () => {
    for (const line of [
      "The pier trust's chief executive was paid £210,000 last year while the pier stayed shut.",
      'The chief executive of the pier trust was paid £210,000 last year while the pier stayed shut.',
      'The chief executive of the pier trust, who joined in 2019, earned £210,000 last year.',
    ])
      expect(answerQuestion(pier(line), COST).answer, line).toBeNull();
  });

  it('a possessed pay noun, however long the phrase after it', () => {
    for (const line of [
      "The chief executive's pay rose to £210,000 last year while the pier stayed shut.",
      "The chief executive's salary at the pier trust rose to £210,000 last year while the pier stayed shut.",
    ])
      expect(answerQuestion(pier(line), COST).answer, line).toBeNull();
  });

  it('controls: a firm or a seller paid for the work is the cost, and the pay answers a pay question', () => {
    for (const line of [
      'The contractor was paid £3.4 million for the pier repairs, the trust said.',
      'The architect was paid £400,000 for the pier repairs design, the trust said.',
    ])
      expect(answerQuestion(pier(line), COST).answer, line).toContain('was paid');
    const pay = pier('The chief executive of the pier trust was paid £210,000 last year while the pier stayed shut.');
    expect(answerQuestion(pay, 'how much was the chief executive paid?').answer).toContain('£210,000');
  });

  it('reads the role by its grammar, not any word before "was paid"', () => {
    expect(sumRelations('The director was paid £90,000.').pay).toBe(1);
    expect(sumRelations('The director of the museum was paid £90,000.').pay).toBe(1);
    expect(sumRelations('Her pay was £90,000.').pay).toBe(1);
    expect(sumRelations('The museum was paid £90,000.').pay).toBe(0);
    expect(sumRelations('The owner was paid £2 million for the land.').pay).toBe(0);
    expect(sumRelations('Her salary was frozen while the repairs cost £3 million.').pay).toBe(0);
  });
});
