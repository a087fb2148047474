import { describe, expect, it } from 'vitest';
import { questionTerms } from '../../src/core/answer-terms';

describe('questionTerms: the relation a "who" question asks about', () => {
  it('is the verb after "who", past its auxiliaries', () => {
    expect(questionTerms('who rejected the request?', 'person').relation).toBe('reject');
    expect(questionTerms("who's calling for a Clinton backup plan?", 'person').relation).toBe('call');
    expect(questionTerms('who has filmed the cellphone video?', 'person').relation).toBe('film');
  });

  it('is none for a person named by role, a name, or another type', () => {
    expect(questionTerms("who's the officer who fired?", 'person').relation).toBeUndefined();
    expect(questionTerms('who is Sergei Kislyak?', 'person').relation).toBeUndefined();
    expect(questionTerms('why was the request rejected?', 'reason').relation).toBeUndefined();
    expect(questionTerms('who else was at the meeting?', 'person').relation).toBeUndefined();
  });
});

describe('questionTerms: what a yes/no question is about', () => {
  it('leaves out the "is it true that" frame: "true" is in no answer', () => {
    for (const question of [
      'is it true that the mayor lost the vote?',
      'Was it really the case that the bank cut jobs?',
    ]) {
      const { terms } = questionTerms(question, 'yesno');
      expect(terms).not.toContain('true');
      expect(terms).not.toContain('case');
      expect(terms.length).toBeGreaterThanOrEqual(2);
    }
  });
});

// ans66b, session 48: "what was the hardest year?" ends its wh-phrase at the copula, so the noun the copula's phrase
// names was no head and the question no time question (audit 49, B-a49-4's class). Composed questions.
describe('questionTerms: a what-copula question whose noun is the asked kind', () => {
  it('reads the phrase after "what is/was the" as the head', () => {
    expect([...questionTerms('What was the final tally on the budget?', 'amount').heads]).toEqual(['talli']);
    expect([...questionTerms("What's the ferry firm's main objection to the toll?", 'other').heads]).toEqual([
      'object',
    ]);
  });

  it('asks a time as "what year" does: the unit is the type, not a topic word', () => {
    const { heads, terms } = questionTerms('What was the toughest year for the bakery?', 'time');
    expect([...heads]).toEqual(['year']);
    expect(terms).not.toContain('year');
    expect(terms).toContain('toughest');
  });

  it('asks who someone is when it asks their name: the copy never says "name"', () => {
    const { heads, terms } = questionTerms("What is the driver's name?", 'person');
    expect(heads.size).toBe(0);
    expect(terms).toEqual(['driver']);
  });

  it('gives no head when a verb follows the phrase: a clause, not a kind (controls)', () => {
    expect(questionTerms('What is the ferry firm doing about the toll?', 'other').heads.size).toBe(0);
    expect(questionTerms('What was the new bridge called?', 'other').heads.size).toBe(0);
    expect([...questionTerms('Which year was the toughest for the bakery?', 'time').heads]).toEqual(['year']);
  });
});
