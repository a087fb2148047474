import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12, review s28 B-main-4: a party's refusal to speak is not the article failing to say. Composed copy.
const story = (refusal: string): Analysis =>
  analyzeArticle(
    [
      'Quarry firm seeks longer hours at Tallow Hill',
      'Tallow Hill residents have objected to plans to extend blasting hours at the quarry.',
      `Documents seen by this paper show Kestrel Aggregates had asked the county for a royalty cut of £250,000 a year. ${refusal}`,
      'A planning committee will consider the application in spring.',
    ].join('\n\n'),
  );
const answer = (analysis: Analysis, question: string) => answerQuestion(analysis, question);

describe('answerQuestion: a refusal to comment', () => {
  it('answers "did X comment?" with the sentence saying X declined to', () => {
    const result = answer(
      story('Kestrel Aggregates declined to comment on the documents.'),
      'Did Kestrel Aggregates comment?',
    );
    expect(result.answer).toContain('declined to comment');
  });

  it('gives a sourced figure beside the refusal as the answer, with the refusal', () => {
    const analysis = story('Kestrel Aggregates declined to comment on the documents.');
    const result = answer(analysis, 'How much of a royalty cut did Kestrel Aggregates ask for?');
    expect(result.answer).toContain('£250,000');
    expect(result.answer).toContain('declined to comment');
  });

  it("does not take a pronoun's refusal as the asked party's (control)", () => {
    const analysis = story(
      'Its chairman, Alan Reeve, was asked about the documents. Through a spokesman, he declined to comment.',
    );
    expect(answer(analysis, 'Did Kestrel Aggregates comment?').answer ?? '').not.toMatch(/^Through a spokesman/);
  });

  it('still says the article does not say when the copy says the figure is unknown (control)', () => {
    const analysis = story('It is not clear how much Kestrel Aggregates would save.');
    expect(answer(analysis, 'How much would Kestrel Aggregates save?').answer).toBeNull();
  });

  it('still abstains on a value the refusal itself withholds (control)', () => {
    const analysis = analyzeArticle(
      [
        'Quarry firm sold',
        'Kestrel Aggregates has been sold to a rival group.',
        'Kestrel Aggregates declined to say how much the rival group paid for the business.',
      ].join('\n\n'),
    );
    expect(answer(analysis, 'How much did the rival group pay for Kestrel Aggregates?').answer).toBeNull();
  });

  it('does not cite another party\'s refusal for "did X comment?", as the answer or as what the article says only', () => {
    const analysis = story(
      'A neighbour of the quarry, who asked not to be named, declined to comment on the documents.',
    );
    for (const question of ['Did the county comment?', 'Has the county responded?']) {
      const result = answer(analysis, question);
      expect(result.answer).toBeNull();
      const pointed =
        result.answer === null && result.nearestId !== undefined ? analysis.sentences[result.nearestId]!.text : '';
      expect(pointed).not.toMatch(/declined to comment/);
    }
  });

  it('still answers "did X comment?" with the refusal of the party asked about (control)', () => {
    const analysis = story(
      'A neighbour of the quarry, who asked not to be named, declined to comment on the documents.',
    );
    expect(answer(analysis, 'Did the neighbour comment?').answer).toContain('declined to comment');
  });
});
