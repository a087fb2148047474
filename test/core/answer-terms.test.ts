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
