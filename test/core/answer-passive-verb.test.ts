import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { firstCited } from '../support/count-answers';

// "When was the lease signed?": the asked-verb parse read no verb after "was"/"is" in a wh-question, so the
// when-ranker could not put the sentence dating the signing before one dating another act on the same lease.
// After a form of "be" the verb is the participle after the subject, as in a yes/no question. Composed copy.
const story = `Seafront cafe lease row

By Ana Cole

The lease for the seafront cafe was signed in March by its owner, Tom Reed.

The seafront cafe lease was then reviewed by auditors in September, who found the rent too low.

The council's finance committee will discuss the cafe on Tuesday.
`;
const cafe = analyzeArticle(story);
const signed = 'The lease for the seafront cafe was signed in March by its owner, Tom Reed.';
const reviewed = 'The seafront cafe lease was then reviewed by auditors in September, who found the rent too low.';

describe('a passive wh-question asks about its participle', () => {
  it('"when was the lease signed?" dates the signing, not the review', () => {
    expect(firstCited(cafe, 'When was the seafront cafe lease signed?')).toBe(signed);
  });

  it('the review sentence, dating another act, is not cited beside it', () => {
    expect(answerQuestion(cafe, 'When was the seafront cafe lease signed?').answer).toBe(signed);
  });

  it('control: the other passive question still dates its own act', () => {
    expect(firstCited(cafe, 'When was the cafe lease reviewed?')).toBe(reviewed);
  });

  it('control: an active question is read as before', () => {
    expect(firstCited(cafe, 'When will the finance committee discuss the cafe?')).toBe(
      "The council's finance committee will discuss the cafe on Tuesday.",
    );
  });
});
