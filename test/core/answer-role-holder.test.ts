import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12, review s27 B-main-1: "who is the <role> of X?" is answered by the sentence naming the role's
// holder, not by the one naming X more fully. Composed copy: the role in apposition after a possessive pronoun.
const story = (holder: string): Analysis =>
  analyzeArticle(
    [
      'Rowing club fights boathouse rent rise',
      'The council plans to double the rent on the riverside boathouse from May.',
      `The Harbour Rowing Club said the rise would force it to cut junior sessions. ${holder} said the club would appeal to councillors.`,
      'A council spokesman said the rent had not changed since 2009.',
    ].join('\n\n'),
  );
const first = (analysis: Analysis, question: string): string =>
  analysis.sentences.find((s) => s.id === answerQuestion(analysis, question).sentenceIds[0])?.text ?? '';

describe('answerQuestion: the holder of the asked role first', () => {
  it('cites "Its treasurer, Ben Ade, …" after the sentence naming the club', () => {
    const result = first(story('Its treasurer, Ben Ade,'), 'Who is the treasurer of the Harbour Rowing Club?');
    expect(result).toContain('Ben Ade');
  });

  it('does not put first the holder of the role in another body (control)', () => {
    const analysis = story('The council’s treasurer, Ben Ade,');
    expect(first(analysis, 'Who is the treasurer of the Harbour Rowing Club?')).not.toContain('Ben Ade');
  });

  it('leaves a question about what the club did to the ranker (control)', () => {
    const analysis = story('Its treasurer, Ben Ade,');
    expect(first(analysis, 'What did the Harbour Rowing Club say about the rise?')).toContain('junior sessions');
  });
});
