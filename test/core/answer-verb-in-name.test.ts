import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (s30 ux30's "Will Husted appeal?"): the asked verb said only inside an institution's name is not
// the act. Composed copy.
const ruling = analyzeArticle(
  [
    'Tenants win ruling over Harbour Street flats',
    'The Court of Appeal ruled on Friday that the city council had acted unlawfully when it evicted tenants from the Harbour Street flats.',
    'Three judges found that the council had failed to consult the tenants before closing the block.',
    'Ann Reid, who leads the authority, said she was disappointed and would appeal to the Supreme Court.',
    "The tenants' lawyer said they would seek compensation.",
  ].join('\n\n'),
);

describe('answerQuestion: an asked verb inside a name', () => {
  it('does not take "Court of Appeal" for the council appealing', () => {
    expect(answerQuestion(ruling, 'Will the council appeal?').answer).toContain('would appeal to the Supreme Court');
  });

  it('still matches a name word that is not the asked verb (control)', () => {
    expect(answerQuestion(ruling, 'Did the court rule against the council?').answer).toContain('Court of Appeal ruled');
  });

  it('reads a quotation in capitals as words said, not a name', () => {
    const travel = analyzeArticle(
      [
        'Judge blocks travel order',
        "A federal judge in Seattle blocked the president's travel order on Friday, and the Court of Appeals refused to restore it on Sunday.",
        'The president responded on Twitter within the hour. "WE WILL APPEAL AND WIN," he wrote.',
      ].join('\n\n'),
    );
    expect(answerQuestion(travel, 'Will the president appeal?').answer).toContain('WE WILL APPEAL');
  });
});
