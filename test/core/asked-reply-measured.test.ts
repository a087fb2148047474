import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (audit 61's B-a61-21, the alliance case): "Asked how much water the alliance would receive, X said that
// figure had 'not been finalized'" says the asked amount is not known. A figure of something else elsewhere ("140
// farms", "300,000 acre-feet" a reservoir holds) is no other source's answer, and a question whose verb only frames
// ("get") is still the question the reporter put. Composed copy.
const story = (...lines: string[]) =>
  analyzeArticle(
    [
      'Valley farmers win share of river water in new deal',
      'A coalition of valley farmers will receive water from the Alta Dam reservoir for the first time under a deal signed on Monday.',
      'The Valley Growers Alliance, which represents 140 farms, had pressed the state for a share of the reservoir for six years.',
      ...lines,
      'Farmers welcomed the agreement. "This is the day we have waited for," said Tom Ruiz, the alliance\'s chairman.',
      'The reservoir holds about 300,000 acre-feet when full.',
    ].join('\n\n'),
  );
const ASKED =
  'Asked how much water the alliance would receive, Maria Benavides, a spokeswoman for the water board, said that figure had "not been finalized."';
const nearest = (analysis: ReturnType<typeof story>, reply: AnswerResult) =>
  reply.answer === null ? (analysis.sentences.find((s) => s.id === reply.nearestId)?.text ?? '') : '';

describe('a reported question on a measured thing left unanswered', () => {
  it.each(['How much water will the alliance get?', 'How much water will the alliance receive?'])(
    '%s is not known, citing the reply',
    (question) => {
      const analysis = story(ASKED);
      const reply = answerQuestion(analysis, question);
      expect(reply.answer).toBeNull();
      expect(reply.answer === null && reply.declined).toBe('not-known');
      expect(nearest(analysis, reply)).toContain('not been finalized');
    },
  );

  it('answers when another sentence gives the measured thing a figure', () => {
    const analysis = story(ASKED, 'The state later said the alliance would receive 12,000 acre-feet of water a year.');
    const reply = answerQuestion(analysis, 'How much water will the alliance receive?');
    expect(reply.answer).toContain('12,000 acre-feet');
  });

  it('still answers a count the article gives', () => {
    const reply = answerQuestion(story(ASKED), 'How many farms does the alliance represent?');
    expect(reply.answer).toContain('140 farms');
  });
});
