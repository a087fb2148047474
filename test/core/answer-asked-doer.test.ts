import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Audit 48, B-a48-4: "when did <team> score?" must not cite the sentence where <team> is only the side another
// party beat. Composed copy.
const match = analyzeArticle(
  [
    'Thornbury edge Ashdown to reach county final',
    "Thornbury Wanderers reached the county final on Sunday after Priya Nair's late try sank a tiring Ashdown side at Mill Road.",
    'Ashdown led early on and went in front in the 12th minute when Colm Avery finished a long move down the left.',
    'Thornbury replied before half-time through Lena Ostrow, who darted over from a scrum.',
    'Nair settled it in the 76th minute with a try in the corner.',
    'The crowd of 2,100 was the biggest of the season.',
  ].join('\n\n'),
);

describe('answerQuestion: the asked party as the doer', () => {
  it('cites the sentence where the asked team does the act, not the one where it is beaten', () => {
    const answer = answerQuestion(match, 'when did Ashdown score?').answer ?? '';
    expect(answer).toMatch(/^Ashdown led early/);
    expect(answer).not.toContain('sank a tiring Ashdown side');
  });

  it('keeps the best sentence when the asked party does its act there (control)', () => {
    expect(answerQuestion(match, 'when did Thornbury reach the final?').answer).toMatch(/^Thornbury Wanderers reached/);
  });
});
