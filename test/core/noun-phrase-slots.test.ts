import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import { questionProblems } from '../support/question-grammar';
import { questionInputOf } from '../support/question-input-of';

/**
 * The constructions hand-read sample 9 found (docs/hand-read-questions.md), each written as a general
 * case, not as the sentence it was found in.
 */
const ask = (text: string) => findOpenQuestions(questionInputOf([text]));

describe('hand-read sample 9: a subject slot that is no noun phrase is shown as the passage', () => {
  it('never makes a whole first clause and its semicolon the subject of a second clause\'s "expected to"', () => {
    const text =
      'Under the new rules, councils are not required to publish every contract; instead, they are expected to publish a summary by March.';
    const [question] = ask(text);
    expect(question?.kind).toBe('pending');
    expect(question?.text).not.toMatch(/^Will\b/);
    expect(question?.text).toBe(`Pending: “${text}”`);
  });

  it('the independent reader calls a second clause after a semicolon or colon a splice', () => {
    const copy =
      'Under the new rules, councils are not required to publish every contract; instead, they are expected to publish a summary by March.';
    expect(
      questionProblems(
        'Will under the new rules, councils are not required to publish every contract; instead, they publish a summary by March?',
        copy,
      ),
    ).toContain('a second clause after a semicolon or colon');
    expect(questionProblems('Will councils publish a summary by March?', copy)).toEqual([]);
  });

  it('still asks when the subject is a noun phrase', () => {
    expect(ask('The board will decide on the merger next week.')[0]?.text).toBe(
      'Will the board decide on the merger next week?',
    );
    expect(ask("The city's two largest unions are expected to vote on the offer next week.")[0]?.text).toBe(
      "Will the city's two largest unions vote on the offer next week?",
    );
  });

  it('asks what a decision will be only when its object is one clause', () => {
    const [question] = ask(
      "The agency has not made a decision on whether smaller parties would qualify, and there's little precedent to guide it.",
    );
    expect(question?.text).not.toMatch(/What will the decision/);
  });
});

describe('hand-read sample 9: "deny" that withholds raises no denial question', () => {
  it('asks nothing of a ditransitive "deny" (what is withheld, and from whom)', () => {
    for (const text of [
      'She is confident that she can deny insurgent Tom Reed the party nomination by outspending him.',
      'The old guard has denied ordinary members a real voice.',
    ])
      expect(
        ask(text).filter((q) => q.kind === 'denied'),
        text,
      ).toEqual([]);
  });
});
