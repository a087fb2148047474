import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// Review s44 B-r44-16: "when will the ferry be refitted?" was answered with "The ferry was due to be refitted in 2024,
// but the work was postponed.": the sentence says the asked verb, which had exempted it, but only as a plan told in
// the past; 2024 is when the refit was due, not when it will happen. Composed copy.
const story = `Ferry refit put off again

By Ana Cole

The island ferry carries about 900 passengers a day between Dunmore and Kelby.

The ferry was due to be refitted in 2024, but the work was postponed.

The harbour wall was expected to be repaired next spring, the council said.

The slipway was rebuilt in 2023 and was scheduled to be painted in 2025.

The old pier reopened on Monday after a two-year repair.
`;
const ferry = analyzeArticle(story);
const refit = 'The ferry was due to be refitted in 2024, but the work was postponed.';

describe('a plan told in the past dates no act still to come', () => {
  it('"when will the ferry be refitted?" says the article gives only the due date', () => {
    expect(answerQuestion(ferry, 'When will the ferry be refitted?')).toMatchObject({
      answer: null,
      reason: 'The article gives only the date it was due, not when it will happen.',
    });
  });

  it('"were scheduled to" likewise', () => {
    expect(firstCited(ferry, 'When will the slipway be painted?')).toBe("doesn't say");
  });

  it('control: a past plan looking ahead ("next spring") still answers', () => {
    expect(firstCited(ferry, 'When will the harbour wall be repaired?')).toBe(
      'The harbour wall was expected to be repaired next spring, the council said.',
    );
  });

  it('control: a question about when it was due is answered by the due date', () => {
    expect(firstCited(ferry, 'When was the ferry due to be refitted?')).toBe(refit);
  });

  it('control: the act said done still answers "when will"', () => {
    expect(firstCited(ferry, 'When will the old pier reopen?')).toBe(
      'The old pier reopened on Monday after a two-year repair.',
    );
  });
});
