import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// Review s41 B-r41-8: "where will the safety report be published?" was answered by "…, Helen Marsh said in an
// interview": the venue belongs to the verb of saying, not to the publishing asked about. Composed copy.
const story = `Safety report due

By Ana Cole

The council will publish the safety report in a couple of weeks, Helen Marsh said in an interview on Wednesday.

Its spokesman said on the radio that the firm would publish its safety records within days.

The inquiry will be held at the Guildhall in Kelby, Marsh said in an interview.
`;
const report = analyzeArticle(story);

describe('a venue of saying is no place of the act reported', () => {
  it('"said in an interview" does not say where the report will be published', () => {
    expect(answerQuestion(report, 'Where will the safety report be published?')).toMatchObject({
      answer: null,
      reason: 'The article says only where it was said.',
    });
  });

  it('"said on the radio that …" likewise', () => {
    expect(firstCited(report, 'Where will the safety records be published?')).toBe("doesn't say");
  });

  it('control: a place named beside the venue of saying still answers', () => {
    expect(firstCited(report, 'Where will the inquiry be held?')).toBe(
      'The inquiry will be held at the Guildhall in Kelby, Marsh said in an interview.',
    );
  });

  it('control: a question about the saying keeps its venue', () => {
    expect(firstCited(report, 'Where did the spokesman say it?')).toBe(
      'Its spokesman said on the radio that the firm would publish its safety records within days.',
    );
  });
});
