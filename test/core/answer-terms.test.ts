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
