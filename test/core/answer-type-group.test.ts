import { describe, expect, it } from 'vitest';
import { answerTypeGroup } from '../../src/core/answer-type-group';
import { questionType } from '../../src/core/question-type';

const groupOf = (question: string): string => answerTypeGroup(questionType(question), question);

describe('answerTypeGroup', () => {
  it('puts each question type in the group abstention learns a term for', () => {
    expect(groupOf("Who is Flynn's attorney?")).toBe('who');
    expect(groupOf('When did Flynn resign?')).toBe('when-where');
    expect(groupOf('Where will the taped interviews end up?')).toBe('when-where');
    expect(groupOf('How many cinemas are getting the digital kit?')).toBe('how-many');
    expect(groupOf('How much extra will new mums get?')).toBe('how-many');
    expect(groupOf('Why did the council close the libraries?')).toBe('why-how');
    expect(groupOf('Did the trust consult the public?')).toBe('yes-no');
    expect(groupOf('What did Nunes say about the calls?')).toBe('what');
  });

  it('reads an untyped "how" as asking for a manner, like "why", not as an open "what"', () => {
    expect(questionType('How will the scheme be funded?')).toBe('other');
    expect(groupOf('How will the scheme be funded?')).toBe('why-how');
    expect(groupOf('"How will the scheme be funded?"')).toBe('why-how');
  });
});
