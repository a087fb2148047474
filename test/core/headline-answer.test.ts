import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Small articles of our own: a headline that reports a decision the body never states, and the same
// story once the body does state it.
const HEADLINE = 'City Council Approves New Cycle Lanes on Harbour Road';
const BODY = [
  'The harbour project will start in the spring, the mayor told residents on Tuesday evening.',
  '"We want safer streets for everyone who lives here," said Maria Lopez, who chairs the transport committee.',
  'Residents had asked for better lighting along the route for years.',
  'Shop owners on Harbour Road worry that deliveries will be harder during the works.',
];
const headlineOnly = analyzeArticle([HEADLINE, ...BODY].join('\n\n'));
const bodySays = analyzeArticle(
  [
    HEADLINE,
    ...BODY,
    'Councillor Tom Reid and his allies approved the lanes by nine votes to four after a long debate.',
  ].join('\n\n'),
);

describe('answerQuestion: what only the headline says', () => {
  it('says the headline alone reports it, citing no body sentence', () => {
    const result = answerQuestion(headlineOnly, 'who approved the cycle lanes?');
    expect(result.answer).toBeNull();
    expect(result.sentenceIds).toEqual([]);
    if (result.answer === null) expect(result.headline).toBe(HEADLINE);
  });

  it('cites the body once a sentence says the asked verb', () => {
    const result = answerQuestion(bodySays, 'who approved the cycle lanes?');
    if (result.answer === null) expect(result.headline).toBeUndefined();
    expect(result.answer).toContain('nine votes to four');
  });

  it('says the headline alone reports it when a yes/no question asks whether its act happened', () => {
    for (const question of [
      'did the city council approve the cycle lanes?',
      'has the council approved the new cycle lanes?',
      'were the Harbour Road cycle lanes approved?',
    ]) {
      const result = answerQuestion(headlineOnly, question);
      expect(result.answer, question).toBeNull();
      if (result.answer === null) expect(result.headline, question).toBe(HEADLINE);
    }
    // The body says it: the body answers, not the headline.
    const result = answerQuestion(bodySays, 'did the councillors approve the cycle lanes?');
    if (result.answer === null) expect(result.headline).toBeUndefined();
    expect(result.answer).toContain('nine votes to four');
  });

  it('does not take the headline for the answer to a yes/no question about another act', () => {
    for (const question of ['did the council reject the cycle lanes?', 'has the mayor delayed the harbour project?']) {
      const result = answerQuestion(headlineOnly, question);
      expect('headline' in result ? result.headline : undefined, question).toBeUndefined();
    }
  });

  it('leaves a question whose verb the headline does not say to the body', () => {
    for (const question of ['who chairs the transport committee?', 'when will the harbour project start?']) {
      const result = answerQuestion(headlineOnly, question);
      expect('headline' in result ? result.headline : undefined, question).toBeUndefined();
    }
    expect(answerQuestion(headlineOnly, 'who chairs the transport committee?').answer).toContain('Maria Lopez');
  });

  it('defers to the body when it says the verb in other words ("turned down" for "rejects")', () => {
    const paraphrased = analyzeArticle(
      [
        HEADLINE.replace('Approves', 'Rejects'),
        ...BODY,
        'Councillor Tom Reid and his allies turned down the lanes by nine votes to four.',
      ].join('\n\n'),
    );
    const result = answerQuestion(paraphrased, 'who rejected the cycle lanes?');
    if (result.answer === null) expect(result.headline).toBeUndefined();
    expect(result.answer).toContain('turned down');
  });

  it('does not offer a headline that denies the act as its answer', () => {
    const denied = analyzeArticle(
      ['City Council Denies Cycle Lanes on Harbour Road Were Approved', ...BODY].join('\n\n'),
    );
    const result = answerQuestion(denied, 'who approved the cycle lanes?');
    expect(result.answer).toBeNull();
    expect(result.sentenceIds).toEqual([]);
    if (result.answer === null) expect(result.headline).toBeUndefined();
  });
});

describe('answerQuestion: an amount the headline gives', () => {
  const library = analyzeArticle(
    readFileSync(fileURLToPath(new URL('../../samples/library-sunday-hours.txt', import.meta.url)), 'utf8'),
  );

  it('cites the body sentence repeating the headline’s figure', () => {
    const result = answerQuestion(library, 'how much is cut?');
    expect(result.answer).toContain('£1.2m');
  });

  it('says only the headline gives a figure the body never repeats', () => {
    const analysis = analyzeArticle(
      [
        'Harbour board cuts £3.5m from ferry budget',
        'The harbour board voted on Monday to reduce the ferry timetable from next spring.',
        'Passengers said the late crossings were the ones they relied on most.',
        'The board will meet again in June to review the changes.',
      ].join('\n\n'),
    );
    const result = answerQuestion(analysis, 'how much is cut?');
    expect(result.answer).toBeNull();
    if (result.answer === null) expect(result.headline).toBe('Harbour board cuts £3.5m from ferry budget');
  });
});
