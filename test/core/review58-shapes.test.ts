import { describe, expect, it } from 'vitest';
import { requestQuestion } from '../../src/core/chase-questions';
import { decisionQuestion } from '../../src/core/check-questions';
import { deciderOf } from '../../src/core/decider-of';
import type { PhraseContext } from '../../src/core/phrase-question';
import { findCues } from '../../src/core/question-cues';
import { withoutTrailingTime } from '../../src/core/without-trailing-time';

/**
 * Review 58's open-question findings (R58-2, -3, -6, -7, -8, -11), in copy written for the test, with near controls
 * that must not change. Each first case failed on int-s57 (`2b2fc898`).
 */

const cues = (sentence: string) => findCues(sentence).map((c) => `${c.kind}/${c.shape}`);
const ctx = (text: string, actor: string | null = null): PhraseContext => ({
  text,
  actor,
  mainActor: null,
  properWords: new Set(['Rosa', 'Hale', 'Dunmore']),
});

describe('a month that ends a name is no trailing time (R58-2)', () => {
  it.each(['Rosa June', 'Peter August'])('%s', (phrase) => expect(withoutTrailingTime(phrase)).toBe(phrase));
  it('the urged one keeps the surname', () => {
    expect(requestQuestion(ctx('The union urged Rosa June to publish the audit of the harbour fund.'))).toBe(
      'Will Rosa June publish the audit of the harbour fund?',
    );
  });
  it.each([
    ['the council Wednesday', 'the council'],
    ['the council in June', 'the council'],
    ['the trustees June 3', 'the trustees June 3'],
  ])('control: %s', (phrase, kept) => expect(withoutTrailingTime(phrase)).toBe(kept));
});

describe('the decider after "said <time>" or a long "told" listener (R58-3)', () => {
  it.each([
    ['The clerk said Thursday the harbour trust is considering whether to sell the pier.', 'the harbour trust'],
    [
      'The clerk said on Thursday night the harbour trust is considering whether to sell the pier.',
      'the harbour trust',
    ],
    [
      "The mayor told Radio Dunmore's breakfast programme the ferry board is weighing whether to raise fares.",
      'the ferry board',
    ],
    [
      "The mayor told BBC Radio 4's Today programme the ferry board is weighing whether to raise fares.",
      'the ferry board',
    ],
    ['The mayor told reporters on Friday that the ferry board will decide whether to raise fares.', 'the ferry board'],
  ])('%s', (text, decider) => expect(deciderOf(text)).toBe(decider));
  it("a weekday's possessive heads a vote, no one to ask: no decider", () => {
    expect(deciderOf("The clerk said Thursday's vote will decide whether to sell the pier.")).toBeNull();
  });
  it('the question goes to the body, the time of the saying left out', () => {
    expect(
      decisionQuestion(
        ctx('The clerk said Thursday the harbour trust is considering whether to sell the pier.', 'The clerk'),
      ),
    ).toBe('Will the harbour trust sell the pier, and when will the decision come?');
  });
});

describe('a saying tag in the middle, or with a verb the old list missed, reports the choice (R58-8, R58-11)', () => {
  it.each([
    ['The ferry board, a spokeswoman said, has yet to decide whether to raise fares.', 'The ferry board'],
    ['The ferry board has yet to decide whether to raise fares, a spokeswoman stated.', 'The ferry board'],
    ['The ferry board has yet to decide whether to raise fares, the clerk wrote in an email.', 'The ferry board'],
  ])('%s', (text, decider) => expect(deciderOf(text)).toBe(decider));
  it('control: with no sayer but the subject, the actor reading stands', () => {
    expect(deciderOf('The ferry board, which met in May, has yet to decide whether to raise fares.')).toBeNull();
  });
});

describe('a gerund of thought judged "as <adjective>" is a view challenged (R58-6)', () => {
  it('disputed', () => {
    expect(cues('The senator dismissed the reasoning of the harbour planners as naive.')).toContain(
      'disputed/challenge',
    );
  });
  it.each([
    'The mayor criticized the handling of the flood relief.',
    'The mayor condemned the handling of the flood relief as a disgrace.',
  ])('control: %s', (sentence) => expect(cues(sentence)).not.toContain('disputed/challenge'));
});

describe('a phase adverb inside an apposition dates the subject, not the deliberation (R58-7)', () => {
  it('pending', () => {
    expect(cues('The cooperative, originally a union of fishermen, was weighing a bid for the pier.')).toContain(
      'pending/ongoing',
    );
  });
  it.each([
    'Originally the cooperative was weighing a bid for the pier.',
    'The cooperative, at first, was weighing a bid for the pier.',
  ])('control: %s', (sentence) => expect(cues(sentence)).not.toContain('pending/ongoing'));
});
