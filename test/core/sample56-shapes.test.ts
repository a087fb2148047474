import { describe, expect, it } from 'vitest';
import { pollQuestion } from '../../src/core/chase-questions';
import type { PhraseContext } from '../../src/core/phrase-question';
import { findCues } from '../../src/core/question-cues';

/**
 * Shapes hand-read sample 56 found (docs/hand-read-questions/061-sample-56.md, main's head `f37085d9`), in copy
 * written for the test, with near controls that must not change. Each first case failed on `f37085d9`.
 */

const cues = (sentence: string) => findCues(sentence).map((c) => `${c.kind}/${c.shape}`);
const ctx = (text: string): PhraseContext => ({ text, actor: null, mainActor: null, properWords: new Set(['Pike']) });

describe('a poll sentence that is itself the other polls asks none (#8, #43)', () => {
  it.each([
    'A Harbor Ledger average of polls shows the mayor leading by 3.1 percent over her rival.',
    'A series of polls found the ferry levy trailing among commuters.',
    'The new county poll finds the mayor up a narrow three points, while other recent surveys show her rival with a slim edge.',
    'The Harbor Ledger poll shows the levy passing easily, though other polls have it failing.',
  ])('%s', (text) => {
    expect(pollQuestion(ctx(text))).toBeNull();
  });
  it.each([
    [
      'A new Harbor Ledger poll shows the mayor ahead by four points.',
      'Do other polls show the mayor ahead by four points?',
    ],
    [
      'Recent polls show the ferry levy trailing among commuters.',
      'Which polls show the ferry levy trailing among commuters?',
    ],
  ])('control: %s', (text, question) => {
    expect(pollQuestion(ctx(text))).toBe(question);
  });
});

describe('a past deliberation an earlier-phase adverb closes is not pending (#7)', () => {
  it.each([
    'At one point, he said, he was considering backing the ferry levy.',
    'Initially the harbour board was weighing a ban on night dredging.',
    'The harbour board was weighing a ban on night dredging at first.',
  ])('%s', (sentence) => {
    expect(cues(sentence)).not.toContain('pending/ongoing');
  });
  it.each([
    'The harbour board was weighing a ban on night dredging.',
    'The harbour board is now weighing a ban on night dredging.',
    // The phase adverb belongs to the first clause; the board's weighing is the second's, told now.
    'At first the mayor backed the plan, but now the harbour board is weighing a ban on night dredging.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('pending/ongoing');
  });
});

describe('a progressive in a "that" relative describes its noun, nothing pending (#42)', () => {
  it.each([
    'Most of the families that are seeking shelter at the depot are not from the town.',
    'The traders that have been seeking a licence all along say the fee is too high.',
  ])('%s', (sentence) => {
    expect(cues(sentence)).not.toContain('pending/ongoing');
  });
  it.each([
    'The families are seeking shelter at the depot.',
    // A "that" after a saying verb opens its clause: the council's weighing is what was said.
    'The clerk said that the council is weighing a ban on night dredging.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('pending/ongoing');
  });
});

describe('a challenge to a deed told as a gerund with "of" disputes no claim (#47)', () => {
  it.each([
    'The senator gave an interview to the Gazette, and he condemned the gang’s targeting of shopkeepers in the harbour.',
    'The mayor criticized the handling of the flood relief.',
  ])('%s', (sentence) => {
    expect(cues(sentence)).not.toContain('disputed/challenge');
  });
  it.each([
    'The mayor rejected the wording of the harbour report.',
    'The mayor dismissed the report of a deficit.',
    'The senator rejected the ruling as flawed.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('disputed/challenge');
  });
});

describe('a call on the audience in the room is the speech told, nothing pending (#37)', () => {
  it.each([
    'From the steps of the library, speakers took turns urging the crowd to remember the flooded streets.',
    'She closed by calling on attendees to oppose the harbour levy.',
  ])('%s', (sentence) => {
    expect(cues(sentence)).not.toContain('pending/request');
  });
  it.each([
    'Residents urged the council to reopen the library.',
    'The mayor urged the convention to adopt the harbour plank.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('pending/request');
  });
});
