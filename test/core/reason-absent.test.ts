import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (audit 58's B-a58-6): a why-question answered by the sentence restating its own premise ("X left the
// company in October.") gives no reason; the article says less. Composed copy.
const story = (act: string) =>
  analyzeArticle(
    [
      'Harbour firm loses second director',
      'Tamsin Okoro-Vane, the finance director of Brellin Marine, has quit the harbour firm after six years.',
      act,
      'The firm, which employs 140 people in Kelsby, said it would name a successor in the spring.',
      'Its shares fell 4% on Tuesday.',
    ].join('\n\n'),
  );
const QUESTION = 'Why did Tamsin Okoro-Vane leave the firm?';

describe('a why-answer that only restates the act', () => {
  it('says less when the sentence saying the act gives no reason', () => {
    const reply = answerQuestion(story('Okoro-Vane left the firm in October.'), QUESTION);
    expect(reply).toMatchObject({ answer: null, reason: 'The article reports it but gives no reason.' });
  });

  it('cites the act when it says why (control: a cause word)', () => {
    const reply = answerQuestion(story('Okoro-Vane left the firm in October because of a row over pay.'), QUESTION);
    expect(reply.answer).toContain('because of a row over pay');
  });

  it('cites the act when it says why (control: an occasion, "after")', () => {
    const act = 'Okoro-Vane left the firm in October after the board rejected her plan to sell the dredger.';
    const reply = answerQuestion(story(act), QUESTION);
    expect(reply.answer).toContain('after the board rejected');
  });

  it("cites the actor's own quoted words beside the act (control)", () => {
    const act = '"I could not defend the accounts any longer," said Okoro-Vane, who left the firm in October.';
    const reply = answerQuestion(story(act), QUESTION);
    expect(reply.answer).toContain('I could not defend the accounts');
  });
});
