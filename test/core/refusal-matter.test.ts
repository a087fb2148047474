import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// A sourced value's next sentence refusing something was appended as the reader's "other half" whenever it opened
// on a pronoun, even when it names a matter the question never asks (audit 57, B-a57-23). Composed copy.
const story = `Vaccine trial widens

By Mara Quinn

A Leeds laboratory has widened its trial of a new flu vaccine.

The safety trial has enrolled 120 volunteers, according to Dr Ines Roper, who leads it. She declined to say whether a company has licensed the strain.

The laboratory expects results next spring.
`;
const asked = 'How many volunteers are in the safety trial?';
const value = 'The safety trial has enrolled 120 volunteers, according to Dr Ines Roper, who leads it.';
const answerWith = (refusal: string) =>
  answerQuestion(
    analyzeArticle(story.replace('She declined to say whether a company has licensed the strain.', refusal)),
    asked,
  ).answer;

describe('a refusal is appended to a value only when it may be of that value', () => {
  it('a refusal naming another matter ("whether a company has licensed the strain") is left out', () => {
    expect(answerQuestion(analyzeArticle(story), asked).answer).toBe(value);
  });

  it('control: a refusal naming the asked matter is still appended', () => {
    const refusal = 'She declined to say how many volunteers had dropped out.';
    expect(answerWith(refusal)).toBe(`${value} ${refusal}`);
  });

  it('control: a bare refusal is still appended', () => {
    expect(answerWith('She declined to comment further.')).toBe(`${value} She declined to comment further.`);
  });
});
