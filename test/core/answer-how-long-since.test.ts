import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

/**
 * Review s40 B-r40-16 (fix40b): "how long …?" asks a stretch of time, and "since <event or time>" states one with no
 * number in it. Copy written for the test.
 */
const ferry = analyzeArticle(`Island ferry row goes to council

Islanders have asked Carrick council to pay for a replacement ferry after a year of complaints about the service.

"We are cut off every time the wind gets up," said Moira Quinn, who runs the island shop.

The council said the cost of a new boat would be set out in a report in March.

The ferry has been out of service since the harbour wall collapsed in the autumn storms.
`);

describe('"since" answers "how long" (B-r40-16)', () => {
  it('how long has the ferry been out of service?', () => {
    const result = answerQuestion(ferry, 'how long has the ferry been out of service?');
    expect(result.answer).toMatch(/since the harbour wall collapsed/);
  });
  it('control: a how-long question the copy holds no stretch of time for stays unanswered', () => {
    expect(answerQuestion(ferry, 'how long will the new boat take to build?').answer).toBeNull();
  });
});
