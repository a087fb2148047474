import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { DURATION } from '../../src/core/answer-evidence';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12 (audit 58's B-a58-19): "how long" is answered by a stretch of time whose unit a word qualifies ("20
// school days", "ten working days"), as by a bare one. Composed copy.
describe('a qualified stretch of time', () => {
  it('reads "10 working days" and "two full weeks" as durations, not "20 school pupils"', () => {
    expect(DURATION.test('has 10 working days to reply')).toBe(true);
    expect(DURATION.test('took two full weeks')).toBe(true);
    expect(DURATION.test('sent 20 school pupils home')).toBe(false);
  });

  // Review 59 R59-9: an article or a vague count before a qualified unit names a kind of year, not a stretch.
  it('reads no stretch in "an election year" or "a record year", but still in "a year" and "one school year"', () => {
    expect(DURATION.test('the levy was raised in an election year')).toBe(false);
    expect(DURATION.test('the port had a record year for cargo')).toBe(false);
    expect(DURATION.test('sales fell in several key months')).toBe(false);
    expect(DURATION.test('the audit took a year')).toBe(true);
    expect(DURATION.test('the trial ran for one school year')).toBe(true);
  });

  // Review 60 R60-9: "for" before the article makes a qualified unit a stretch again.
  it('reads a stretch in "for a full season" and "for an additional month", not in "for an election year" alone', () => {
    expect(DURATION.test('the striker was banned for a full season')).toBe(true);
    expect(DURATION.test('the licence was extended for an additional month')).toBe(true);
    expect(DURATION.test('the striker was banned in a full season')).toBe(false);
  });

  it('answers "how long" from a relative clause giving one', () => {
    const analysis = analyzeArticle(
      [
        'Harbour berth row',
        'A fishing crew was refused a berth at Kelsby harbour on Friday, its skipper said.',
        'The crew has lodged an appeal with the harbour board, which has 15 working days to reply.',
        'The board said it would not comment while the appeal was open.',
      ].join('\n\n'),
    );
    const reply = answerQuestion(analysis, 'How long does the harbour board have to reply to the appeal?');
    expect(reply.answer).toContain('15 working days');
  });
});
