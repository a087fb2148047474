import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12, review s27 B-main-2: "which newspaper reported …?" is answered by the outlet the copy names as
// told or reporting. Composed copy, with a sentence naming the paper in no reporting role.
const copy = analyzeArticle(
  [
    'Care home denies cutting night staff',
    'Oakfield Care Home has denied cutting its night staff to save money.',
    'The allegations were made by a former nurse, who told the Northgate Herald that only one carer was on duty on some nights.',
    'The Herald has not seen the rotas.',
    'The home said staffing met the regulator’s rules.',
  ].join('\n\n'),
);
const cited = (analysis: Analysis, question: string): string[] =>
  answerQuestion(analysis, question).sentenceIds.map((id) => analysis.sentences.find((s) => s.id === id)!.text);

describe('answerQuestion: which outlet reported it', () => {
  it('answers "which newspaper" from the sentence naming the paper the source told', () => {
    expect(cited(copy, 'Which newspaper reported the allegations?')[0]).toContain('told the Northgate Herald');
    expect(cited(copy, 'what paper first carried the allegations?')[0]).toContain('told the Northgate Herald');
  });

  it('does not answer a broadcaster question with a paper (control)', () => {
    expect(cited(copy, 'Which TV channel reported the allegations?').join(' ')).not.toContain('Northgate Herald');
  });

  it('does not read a paper named in no reporting role as the answer (control)', () => {
    const bare = analyzeArticle(
      [
        'Care home denies cutting night staff',
        'Oakfield Care Home has denied claims that it cut its night staff to save money.',
        'The Herald has not seen the rotas.',
      ].join('\n\n'),
    );
    expect(cited(bare, 'Which newspaper reported the claims?').join(' ')).not.toContain('Herald');
  });

  it('asks about an outlet in a reporting role only: "which newspaper endorsed her?" is not answered by a paper she spoke to', () => {
    const endorsed = analyzeArticle(
      [
        'Ross to stand for mayor',
        'Councillor Amy Ross will stand for mayor in May.',
        'Ross told the Westbury Echo she would cut bus fares.',
      ].join('\n\n'),
    );
    expect(cited(endorsed, 'Which newspaper endorsed Ross?').join(' ')).not.toContain('Westbury Echo');
    expect(cited(endorsed, 'Which newspaper did Ross speak to?')[0]).toContain('Westbury Echo');
  });
});
