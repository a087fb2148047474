import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// fu41 (session 40, issue 13): a claim someone is reported to have made, with no cue word, is a
// candidate on the follow-up scorer alone; it comes after every cued candidate and is shown as its
// passage. Invented copy.

const story = (claim: string, extra = ''): string =>
  [
    'Harbour board puts off dredging vote',
    '',
    'The Harrow Bay harbour board put off a vote on a dredging contract on Tuesday.',
    '',
    ...(extra ? [extra, ''] : []),
    claim,
    '',
    "Fishermen who work the bay have protested outside the board's offices since the spring.",
  ].join('\n');

const CLAIM =
  'Republican state Sen. Dana Whitlock said the board had paid the same contractor twice for a survey of the channel last year.';

const questions = (text: string) => analyzeArticle(text).questions.map((q) => `${q.kind}: ${q.text}`);

describe('a reported claim with no cue word is shown as its passage', () => {
  it('alone in a story with no cued lead', () => {
    expect(questions(story(CLAIM))).toEqual([`unverified: Unverified: “${CLAIM}”`]);
  });

  it('after the cued lead, which it does not displace', () => {
    const asked = questions(story(CLAIM, 'The board is expected to vote on the contract at its meeting next month.'));
    expect(asked).toEqual([
      'pending: Will the board vote on the contract at its meeting next month?',
      `unverified: Unverified: “${CLAIM}”`,
    ]);
  });
});

describe('and nothing else changes (controls)', () => {
  it('a reported claim the scorer rates below the bar is not asked', () => {
    const plain = CLAIM.replace('Republican state Sen.', 'Councillor');
    expect(questions(story(plain))).toEqual([]);
  });

  it('the same words as narration, with no one reported, are not asked', () => {
    const narration = CLAIM.replace('said the board had paid', 'and the board paid');
    expect(questions(story(narration))).toEqual([]);
  });

  it('a reported claim whose words would show it as denied ("insisted") is not asked', () => {
    const insisted = CLAIM.replace(' said the board', ' insisted the board');
    expect(questions(story(insisted))).toEqual([]);
  });
});
