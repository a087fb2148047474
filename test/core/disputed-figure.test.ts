import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Session 60 (audit 60's B-a60-16): a figure one source gives and another disputes is cited with both sides.
const ferries = analyzeArticle(
  [
    'Island ferry users say the service has been cut',
    'Passengers on the Kelloway crossing say sailings have been cut since the spring.',
    "Mairi Dunn, who chairs the islanders' association, said residents had asked the operator for extra winter sailings four times since August and received only three.",
    'The ferry operator denied that claim. Its operations manager, Rhona Faulds, said 14 extra sailings had been added to the timetable since the autumn and that "the figures are published."',
    'The association plans to raise the matter at the council meeting next week.',
  ].join('\n\n'),
);

describe('a disputed figure is answered with both sides', () => {
  it("cites the other source's figure beside the answer when a denial stands between them", () => {
    const result = answerQuestion(ferries, 'How many extra sailings were added to the timetable?');
    expect(result.answer).toMatch(/14 extra sailings/);
    expect(result.answer).toMatch(/received only three/);
  });

  it('adds no other figure to a question of another kind (control)', () => {
    const result = answerQuestion(ferries, 'Who is the operations manager?');
    expect(result.answer ?? '').not.toMatch(/received only three/);
  });
});
