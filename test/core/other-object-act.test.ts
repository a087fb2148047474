import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { otherObjectAct } from '../../src/core/other-object-act';

// fix58b, session 58: the asked verb said of another object (audit 59's B-a59-10 "X, which owns the reservoir" for
// "who owns <Y>?", B-a59-7 "… publishes its accounts next week" for "when is the report being published?").
const NAMES = new Set(['bay', 'ferri']);
const NONE = new Set<string>();

describe('otherObjectAct', () => {
  it('reads the object after the verb, past a determiner', () => {
    expect(
      otherObjectAct('Corran Holdings, which owns the marina, said it would appeal.', 'own', ['bay', 'ferri'], NAMES),
    ).toBe(true);
    expect(
      otherObjectAct('Corran Holdings, which owns Bay Ferries, said it would appeal.', 'own', ['bay', 'ferri'], NAMES),
    ).toBe(false);
  });

  it('keeps a passive, a pronoun object or no object', () => {
    expect(otherObjectAct('The review will be released next month.', 'releas', ['review'], NONE)).toBe(false);
    expect(otherObjectAct('The board releases it next month.', 'releas', ['review'], NONE)).toBe(false);
    expect(otherObjectAct('The board will release on Friday.', 'releas', ['review'], NONE)).toBe(false);
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
