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

// Issue 12 (ans55): a person's pay given by a bare role ("The chief executive was paid …", "the chief executive's
// pay rose to …") still answered "how much did it cost?" (fix38b read only named subjects). The same pier story.
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
