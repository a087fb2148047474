import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// ans82, session 61: "What is the name of <X>?" was answered by a sentence saying only that some X exists ("a
// Leeds-based firm") or "the contractor" that no sentence names (audit 61 B-a61-20). Composed copy.
const story = (line: string) =>
  analyzeArticle(
    [
      'Library roof repairs run over budget',
      `Councillor Dana Whitlock told the Town Hall meeting that the repair work had gone to ${line}`,
      'The library will stay closed until the repairs are finished.',
    ].join('\n\n'),
  );

describe('what is the name of <X>, over a sentence not naming it', () => {
  it('declines when the only mention is an unnamed member ("a … firm")', () => {
    expect(
      answerQuestion(
        story('a Leeds-based firm "with little experience of listed buildings."'),
        'What is the name of the Leeds firm that got the work?',
      ),
    ).toMatchObject({ answer: null, reason: 'The article does not give the name.' });
  });

  it('declines on "the contractor" when no sentence names one', () => {
    const a = analyzeArticle(
      [
        'Library roof repairs run over budget',
        'Asked whether the council believed the contractor had cut corners, Councillor Dana Whitlock declined to comment.',
        'The library will stay closed until the repairs are finished.',
      ].join('\n\n'),
    );
    expect(answerQuestion(a, 'What is the name of the contractor?')).toMatchObject({ answer: null });
  });

  it('answers when a name stands in apposition to the noun (control)', () => {
    expect(
      answerQuestion(
        story('a Leeds firm, Harrowby Stoneworks, which bid lowest.'),
        'What is the name of the Leeds firm?',
      ).answer,
    ).toContain('Harrowby Stoneworks');
  });
});
