import { expect, test } from 'vitest';
import { doerAnswer } from '../../commands/doer-answer';
import type { ThreadAnswer } from '../../src/app/newsbrief-app';
import type { AnswerResult } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { NO_REASON_GIVEN } from '../../src/core/why-reason-first';

// Review 60 R60-14: the thread's "and why?" of a doer tells the engine's "gives no reason" decline by the result's
// typed `declined`, not by comparing its display sentence. Composed copy.
const text = 'Quay shop shuts\n\nJory Penhale closed the quay shop on Monday.\n\nThe harbour café will stay open.';
const analysis = analyzeArticle(text);
const stamps = { publishedAt: null, ingestedAt: '', updatedAt: '' };
const article = {
  id: 1,
  source: 'test',
  url: null,
  title: 'Quay shop shuts',
  text,
  byline: null,
  contentHash: '',
  ...stamps,
};
const asked = { doer: 'Jory Penhale', act: 'close', embedded: 'why Jory Penhale closed the quay shop' };
const QUESTION = 'why did Jory Penhale close the quay shop?';
const thread = (result: AnswerResult): ThreadAnswer => ({ article, analysis, result });

test('a decline for want of a reason says the article does not say why the doer did it', () => {
  const result = answerQuestion(analysis, QUESTION);
  expect(result).toMatchObject({ answer: null, declined: 'no-reason' });
  expect(JSON.stringify(doerAnswer(thread(result), asked, QUESTION))).toContain(
    "The article doesn't say why Jory Penhale closed the quay shop.",
  );
});

test('another decline, even one worded alike, is kept as the engine gave it (control)', () => {
  const answer = thread({ answer: null, sentenceIds: [], reason: NO_REASON_GIVEN });
  expect(doerAnswer(answer, asked, QUESTION)).toBe(answer);
});
