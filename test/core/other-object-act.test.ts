import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { otherObjectAct } from '../../src/core/other-object-act';

// fix58b, session 58: the asked verb said of another object (audit 59's B-a59-10 "X, which owns the reservoir" for
// "who owns <Y>?", B-a59-7 "… publishes its accounts next week" for "when is the report being published?").
const BAY = { objectTerms: ['bay', 'ferri'], names: new Set(['bay', 'ferri']) };
const REVIEW = { objectTerms: ['review'], names: new Set<string>() };
const owns = (text: string) => otherObjectAct(text, 'own', 'Who owns Bay Ferries?', BAY);
const released = (text: string) => otherObjectAct(text, 'releas', 'When is the review being released?', REVIEW);

describe('otherObjectAct', () => {
  it('reads the object after the verb, past a determiner', () => {
    expect(owns('Corran Holdings, which owns the marina, said it would appeal.')).toBe(true);
    expect(owns('Corran Holdings, which owns Bay Ferries, said it would appeal.')).toBe(false);
  });

  it('keeps a passive, a pronoun object or no object', () => {
    expect(released('The review will be released next month.')).toBe(false);
    expect(released('The board releases it next month.')).toBe(false);
    expect(released('The board will release on Friday.')).toBe(false);
  });

  it('leaves a question whose object is a clause', () => {
    const clause = { objectTerms: ['figur', 'alter'], names: new Set<string>() };
    const text = 'The hospital has denied claims that it removed patients from its lists.';
    expect(otherObjectAct(text, 'deni', 'Who denies the figures were altered?', clause)).toBe(false);
    expect(otherObjectAct(text, 'deni', 'Who denies the figures?', { ...clause, objectTerms: ['figur'] })).toBe(true);
  });
});

const ferry = (line: string) =>
  analyzeArticle(
    [
      'Ferry fares to rise in May',
      'Fares on the island crossing will rise by 8% from May, Bay Ferries said.',
      'Corran Holdings, which owns the marina, said the rise was unfair on islanders.',
      line,
    ].join('\n\n'),
  );

describe('who owns X / when is X being done, over the verb said of something else', () => {
  it('does not give the marina owner for the ferry firm', () => {
    const r = answerQuestion(
      ferry('A Corran Holdings spokeswoman said: "We will keep talking to Bay Ferries."'),
      'Who owns Bay Ferries?',
    );
    expect(r.answer).toBeNull();
  });

  it('does not date another object of the verb', () => {
    const r = answerQuestion(
      ferry('Fares will not be settled until the regulator publishes its findings next week.'),
      'When is the fares review being published?',
    );
    expect(r.answer).toBeNull();
  });

  it('dates the asked object itself (control)', () => {
    const r = answerQuestion(
      ferry('The regulator publishes the fares review next week.'),
      'When is the fares review being published?',
    );
    expect(r.answer).toContain('next week');
  });
});
