import { describe, expect, it } from 'vitest';
import { requestQuestion } from '../../src/core/chase-questions';
import { decisionQuestion } from '../../src/core/check-questions';
import { deciderOf } from '../../src/core/decider-of';
import { type PhraseContext, vagueSource } from '../../src/core/phrase-question';
import { schedule } from '../../src/core/schedule-question';
import { withoutTrailingTime } from '../../src/core/without-trailing-time';

/**
 * Issue 13, session 57 (fu57): the time of a saying or an urging is no part of what the question asks, and the one
 * who reports a choice is not the one who makes it. Copy written for the test.
 */

const ctx = (text: string, actor: string | null = null): PhraseContext => ({
  text,
  actor,
  mainActor: null,
  properWords: new Set(['Pikeville', 'Hale']),
});

describe('a time adverbial ending a phrase is dropped, every other word kept', () => {
  it.each([
    ['the council Wednesday', 'the council'],
    ['the council on Wednesday', 'the council'],
    ['members Thursday night', 'members'],
    ['the board last week', 'the board'],
    ['the state earlier this month', 'the state'],
    ['Pikeville residents in the spring', 'Pikeville residents'],
    ['lawmakers yesterday', 'lawmakers'],
  ])('%s', (phrase, kept) => expect(withoutTrailingTime(phrase)).toBe(kept));
  it.each([
    // A time noun that is the phrase's own head, or that nothing adverbial opens, stays.
    'the next generation',
    'Americans of every age',
    'the night shift',
    'the council',
    // What would be left cannot name anyone.
    'members of the spring',
  ])('control: %s', (phrase) => expect(withoutTrailingTime(phrase)).toBe(phrase));
});

describe('an urging dated between its object and the infinitive', () => {
  it.each([
    'The mayor urged the council Wednesday to reopen the library.',
    'The mayor urged the council on Wednesday to reopen the library.',
    'Residents called on the council last week to reopen the library.',
  ])('%s', (text) => expect(requestQuestion(ctx(text))).toBe('Will the council reopen the library?'));
  it('control: a time noun heading the one urged stays', () => {
    expect(requestQuestion(ctx('The group urged the next generation to vote in the election.'))).toBe(
      'Will the next generation vote in the election?',
    );
  });
});

describe("a vague source's saying dated with a bare weekday", () => {
  it.each([
    'Critics said Monday the levy could cost more than expected.',
    'Critics said on Monday night that the levy could cost more than expected.',
  ])('%s', (text) =>
    expect(vagueSource(ctx(text))).toBe(
      'Which critics say the levy could cost more than expected, and can they be named?',
    ),
  );
  it("control: a weekday's possessive opens the claim and stays in it", () => {
    expect(vagueSource(ctx("Critics said Monday's vote could cost more than expected."))).toBe(
      "Which critics say Monday's vote could cost more than expected, and can they be named?",
    );
  });
});

describe('the subject of a pending choice decides it, not the sayer who reports it', () => {
  it.each([
    ['The agency has yet to decide whether to renew the license, a spokesman said Monday.', 'The agency'],
    ['The mayor said the agency is considering whether to renew the license.', 'the agency'],
    ['Smith said he is considering whether to run for the seat.', null],
  ])('%s', (text, decider) => expect(deciderOf(text)).toBe(decider));
  it('a trailing tag names the sayer, and the question goes to the subject', () => {
    const text = 'The agency has yet to decide whether to renew the license, a spokesman said Monday.';
    expect(decisionQuestion(ctx(text, 'a spokesman'))).toBe(
      'Will the agency renew the license, and when will the decision come?',
    );
    expect(
      schedule(ctx('The board has to decide whether to sell the depot, its chair said Monday.', 'its chair')),
    ).toBe('Will the board sell the depot, and when will the decision come?');
  });
  it('an auxiliary is no part of the subject: no subject at all rather than "the board ought to"', () => {
    expect(deciderOf('The board ought to decide whether to sell the depot, its chair said.')).toBeNull();
  });
  it('an adverb after the auxiliary is no part of the subject ("is also considering")', () => {
    expect(decisionQuestion(ctx('The judge is also considering whether to order the port to release the files.'))).toBe(
      'Will the judge order the port to release the files, and when will the decision come?',
    );
  });
  it('control: a pronoun subject is the sayer it stands for', () => {
    expect(decisionQuestion(ctx('Hale said he is considering whether to run for the seat.', 'Hale'))).toBe(
      'Will Hale run for the seat, and when will the decision come?',
    );
  });
});
