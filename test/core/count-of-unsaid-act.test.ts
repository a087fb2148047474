import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// fix59b, session 59: "How many people were <verb>ed?" over a sentence whose only count is the object of another
// verb (audit 60's B-a60-3). Composed copy.
const flood = (line: string) =>
  analyzeArticle(['Storm hits river town', line, 'The council said the clean-up would take a week.'].join('\n\n'));

describe('how many underwent the act, over a count of another act', () => {
  it('declines a count governed by another verb', () => {
    const r = answerQuestion(
      flood(
        'A storm on Tuesday damaged a pumping station in Marlow End, leaving about 2,400 residents without tap water, Mayor Rhea Lund said.',
      ),
      'How many people were injured in the storm?',
    );
    expect(r).toMatchObject({ answer: null, reason: 'The article gives a count only of another act.' });
  });

  it('keeps a count whose verb WordNet says causes the asked one (kill -> die)', () => {
    const r = answerQuestion(
      flood('The storm swept through Marlow End on Sunday, killing 14 people, officials said.'),
      'How many people died in the storm?',
    );
    expect(r.answer).toContain('14');
  });

  it("keeps a count whose clause says the question's object", () => {
    const r = answerQuestion(
      flood(
        'A storm on Tuesday damaged a pumping station in Marlow End, leaving about 2,400 residents without tap water, Mayor Rhea Lund said.',
      ),
      'How many residents lost tap water?',
    );
    expect(r.answer).toContain('2,400');
  });

  it('reads a day after a month as no count (Dec. 3)', () => {
    const r = answerQuestion(
      flood('A storm damaged a pumping station in Marlow End on Dec. 3, injuring 9 people, officials said.'),
      'How many people were injured in the storm?',
    );
    expect(r.answer).toContain('9 people');
  });
});
