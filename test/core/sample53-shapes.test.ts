import { describe, expect, it } from 'vitest';
import { passageSpeaker } from '../../src/core/passage-speaker';
import { findCues } from '../../src/core/question-cues';

/**
 * Shapes hand-read sample 53 found (docs/hand-read-questions/058-sample-53.md, main's head `78e66bd1`), in copy written
 * for the test, with near controls that must not change. Each first case failed on `78e66bd1`.
 */

/** The kinds and shapes of the cues a sentence keeps. */
const cues = (sentence: string) => findCues(sentence).map((c) => `${c.kind}/${c.shape}`);

describe("a call that is a message's content is no call made (#32)", () => {
  it.each([
    "Indeed, the bishop's message is to call on all parishioners to be kinder to strangers, including the clergy.",
    "The charity's message was to call on the council to reopen the shelter.",
  ])('%s', (sentence) => {
    expect(cues(sentence).filter((c) => c.startsWith('pending/'))).toEqual([]);
  });
  it.each([
    'The harbour minister is to call on the councils to reopen the ferry route.',
    'The bishop called on all parishioners to donate blankets before the winter.',
    'Residents urged the council to reopen the library.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('pending/request');
  });
});

describe('a challenge a rule would permit is no challenge made (#8)', () => {
  it.each([
    'One route would require recruiting half of the 40-member harbour board to approve a “hardship clause,” permitting members bound to the chair to invoke a moral objection to free themselves and back another plan.',
    'The proposal would require the board to approve a “conscience clause,” permitting members to voice their objection to the merger and vote against it.',
  ])('%s', (sentence) => {
    expect(cues(sentence)).not.toContain('disputed/challenge');
  });
  it.each([
    'Councillor Ann Bell raised an objection to the contract, saying it was signed in recess.',
    'The waiver drew objections from members bound to the chair, who said it broke the rules.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('disputed/challenge');
  });
});

describe('a poll with no finding of its own asks nothing of other polls (#9)', () => {
  it.each([
    'A harbour board poll showed things a little differently.',
    'A second poll found much the same.',
    'The latest poll shows a similar picture.',
  ])('%s', (sentence) => {
    expect(cues(sentence)).not.toContain('unverified/poll');
  });
  it.each([
    'A harbour board poll showed the mayor ahead by four points.',
    'A second poll found that most residents back the ferry.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('unverified/poll');
  });
});

describe('a speech verb whose object is only a quantity credits no one (#30)', () => {
  const credit = (text: string) => passageSpeaker(text, 'Ann Bell', undefined, new Set(['Ann', 'Bell']));
  it.each([
    "But she's also said much over the years about the board's duty to keep the channel open (back when her ward relied on it).",
    'She has spoken little about the dredging since March.',
  ])('%s', (sentence) => {
    expect(credit(sentence)).toBeNull();
  });
  it.each([
    'But she has also said that the board must keep the channel open.',
    'She said much about the dredging, and told reporters the board would pay.',
    'She has said a lot about it: “The channel must stay open.”',
  ])('control: %s', (sentence) => {
    expect(credit(sentence)).toBe('Ann Bell');
  });
});
