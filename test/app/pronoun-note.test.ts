import { describe, expect, it } from 'vitest';
import { buildAnswerReply } from '../../src/app/build-answer-reply';
import type { AnswerResult } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';

/**
 * Issue 12, audit 61 (B-a61-17): "It says only that he declined …" names whom the "he" means in the note, beside the
 * article's words, only when the sentence before names that one person surely. Copy written for the test.
 */
const REFUSAL = 'He declined to say how much the terminal would earn in its first year.';

/** The doesn't-say reply whose nearest sentence is the refusal, after `before`. */
function reply(before: string): string {
  const analysis = analyzeArticle(
    [
      'Harbour terminal opens next month',
      '',
      'The new container terminal at Port Ellery will open next month after two years of building.',
      '',
      'Coastline Freight chief executive Tomas Ferreira said the terminal would employ 400 people.',
      '',
      `${before} ${REFUSAL}`,
    ].join('\n'),
  );
  const nearest = analysis.sentences.find((s) => s.text === REFUSAL)!;
  const result: AnswerResult = {
    answer: null,
    sentenceIds: [],
    reason: 'No sentence covers enough.',
    nearestId: nearest.id,
  };
  return renderConsoleReply(buildAnswerReply({ result, analysis }));
}

describe('whom an opening "He" means, in the note (B-a61-17)', () => {
  it('names the one person the sentence before names, and keeps the words as written', () => {
    const text = reply('“We are ready for the ships,” Ferreira told Harbour Radio.');
    expect(text).toContain('It says only that he declined to say how much the terminal would earn');
    expect(text).toMatch(/\(paragraph \d+ · “he” is Tomas Ferreira\)/);
  });

  it('control: another lone name the name finder may miss leaves the "he" unnamed', () => {
    expect(reply('Unions asked whether Quayle would approve the jobs Ferreira promised.')).not.toContain('“he” is');
  });

  it('control: a "he" before the name in the sentence before is someone else', () => {
    expect(reply('He said later that Ferreira had promised the jobs.')).not.toContain('“he” is');
  });

  it('control: a name in the possessive is not the subject a "He" continues', () => {
    expect(reply('The union leader praised Ferreira’s plan for the jobs.')).not.toContain('“he” is');
  });

  it('a story opening on "She" (after its dateline) answers without a note, and without throwing', () => {
    const analysis = analyzeArticle(
      [
        'Harbour board picks its new chair',
        '',
        'PORT ELLERY — She is the board’s answer to the claim that Ada Vellacott cannot be trusted.',
        '',
        'Vellacott said the board would meet on Monday.',
      ].join('\n'),
    );
    const result: AnswerResult = { answer: null, sentenceIds: [], reason: 'No sentence covers enough.', nearestId: 0 };
    const text = renderConsoleReply(buildAnswerReply({ result, analysis }));
    expect(text).toContain('It says only that she is the board’s answer');
    expect(text).not.toContain('“she” is');
  });
});
