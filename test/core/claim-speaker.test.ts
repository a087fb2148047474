import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { claimSpeaker } from '../../src/core/claim-speaker';

// fix40d (session 40, issue 13): a reported claim with no cue word is a follow-up candidate only when its
// speaker is someone — a person or a body as the engine reads them — not a document or a thing the
// statement finder took for a subject. Invented copy.

const story = (claim: string): string =>
  [
    'Harbour board puts off dredging vote',
    '',
    'The Harrow Bay harbour board put off a vote on a dredging contract on Tuesday.',
    '',
    claim,
    '',
    "Fishermen who work the bay have protested outside the board's offices since the spring.",
  ].join('\n');

const REST = 'the board had paid the same contractor twice for a survey of the channel last year.';

const questions = (text: string) => analyzeArticle(text).questions.map((q) => `${q.kind}: ${q.text}`);

describe('a reported claim whose speaker is a thing is not asked', () => {
  it('a memo', () => {
    expect(questions(story(`The Republican memo said ${REST}`))).toEqual([]);
  });

  it('a poll', () => {
    expect(questions(story(`A Republican poll says ${REST}`))).toEqual([]);
  });
});

describe('and a person or body as speaker still is (controls)', () => {
  it('a named person', () => {
    const claim = `Republican state Sen. Dana Whitlock said ${REST}`;
    expect(questions(story(claim))).toEqual([`unverified: Unverified: “${claim}”`]);
  });

  it('a description headed by a noun for people', () => {
    const claim = `Republican state lawmakers said ${REST}`;
    expect(questions(story(claim))).toEqual([`unverified: Unverified: “${claim}”`]);
  });

  it('a named body', () => {
    const claim = `The Republican Harbour Users Association said ${REST}`;
    expect(questions(story(claim))).toEqual([`unverified: Unverified: “${claim}”`]);
  });

  it('a share of a group', () => {
    const claim = `A majority of Republican members said ${REST}`;
    expect(questions(story(claim))).toEqual([`unverified: Unverified: “${claim}”`]);
  });
});

describe("a party or its members as the speaker, from party-name.ts's one list (final read: fix40d had kept its own)", () => {
  it.each([
    ['Labour', true],
    ['Socialists', true],
    ['Tories', true],
    ['Figures', false],
    ['Wednesday', false],
  ])('%s', (speaker, someone) => {
    expect(claimSpeaker(speaker, new Set())).toBe(someone);
  });
});
