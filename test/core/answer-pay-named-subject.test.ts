import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { sumRelations } from '../../src/core/sum-relations';

// Review B-r38-3: a person's pay answered a cost question when the person was named ("Alan Fisk was paid …") rather
// than a pronoun. Invented copy: a pier story and a ferry story, each never giving the cost asked.
const pier = (payLine: string) =>
  analyzeArticle(`Pier repairs overrun

The pier at Saltby reopened in June, a year behind schedule.

${payLine}

Harbour master Lena Ostrow said the delay was "regrettable".

The trust has not said what the repairs cost in the end.
`);

describe('a named person’s pay answers no cost question (B-r38-3)', () => {
  it('an appositive name after a role: "The director of the pier trust, Helen Barry, was paid £210,000"', () => {
    const r = answerQuestion(
      pier('The director of the pier trust, Helen Barry, was paid £210,000 last year while the pier stayed shut.'),
      'how much did the pier repairs cost?',
    );
    expect(r.answer).toBeNull();
  });

  it('a name as the subject, and a role or relative clause set off after it', () => {
    for (const line of [
      'Helen Barry was paid £210,000 last year while the pier stayed shut.',
      'Helen Barry, the director of the pier trust, was paid £210,000 last year.',
      'Helen Barry, who has led the pier trust since 2019, earned £210,000 last year.',
    ])
      expect(answerQuestion(pier(line), 'how much did the pier repairs cost?').answer, line).toBeNull();
  });

  it('controls: a firm paid for the work is the cost, and the pay still answers a pay question', () => {
    const firm = pier('The contractor, Dunmore Marine, was paid £3.4 million for the repairs, the trust said.');
    expect(answerQuestion(firm, 'how much did the pier repairs cost?').answer).toContain('£3.4 million');
    const pay = pier(
      'The director of the pier trust, Helen Barry, was paid £210,000 last year while the pier stayed shut.',
    );
    expect(answerQuestion(pay, 'how much was Helen Barry paid?').answer).toContain('£210,000');
  });

  it('reads the name against the article’s people, not any capitalised word before "was paid"', () => {
    const people = new Set(['barry']);
    expect(sumRelations('Helen Barry was paid £210,000.', people).pay).toBe(1);
    expect(sumRelations('The board paid Helen Barry £210,000.', people).pay).toBe(1);
    expect(sumRelations('Dunmore Marine was paid £3.4 million.', people).pay).toBe(0);
    expect(sumRelations('The firm, Dunmore Marine, was paid £3.4 million.', people).pay).toBe(0);
  });
});
