import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import { questionInputOf } from '../support/question-input-of';

describe('claims the outlet could not verify', () => {
  it('asks whether the figure in the sentence before can be verified, citing both', () => {
    const qs = findOpenQuestions(
      questionInputOf([
        'The figures were given by a former warden, who told the Northern Post that about 40 prisoners were released early without checks.',
        'The Post has not independently verified the figure.',
      ]),
    );
    expect(qs[0]).toEqual({
      text: "Can the former warden's figure of about 40 prisoners released early without checks be verified?",
      kind: 'unverified',
      sentenceIds: [0, 1],
    });
  });

  it('asks the same of a claim that could not be confirmed', () => {
    const qs = findOpenQuestions(
      questionInputOf([
        'A union official said that staff had been told to delete the logs.',
        'The claim could not be independently confirmed.',
      ]),
    );
    expect(qs[0]?.text).toBe(
      "Can the union official's claim that staff had been told to delete the logs be independently verified?",
    );
    expect(qs[0]?.sentenceIds).toEqual([0, 1]);
  });

  it('credits no one when the unconfirmed source is the reports themselves', () => {
    const qs = findOpenQuestions(questionInputOf(['Unconfirmed reports said that the minister had resigned.']));
    expect(qs[0]?.text).toBe('Can the claim that the minister had resigned be independently verified?');
  });

  it('falls back to the other cues when nothing earlier says what was not verified', () => {
    const qs = findOpenQuestions(questionInputOf(['Police have not confirmed the identity of the man.']));
    expect(qs.every((q) => !/verified\?/.test(q.text))).toBe(true);
  });
});

describe('decisions still to be taken', () => {
  it('joins "considering whether to" with the expected date of the decision', () => {
    const qs = findOpenQuestions(
      questionInputOf([
        'The port authority said it had received the complaint and was considering whether to suspend the licence.',
        'A decision is due by the end of March.',
      ]),
    );
    expect(qs[0]).toEqual({
      text: 'Will the port authority suspend the licence when it decides by the end of March?',
      kind: 'pending',
      sentenceIds: [0, 1],
    });
  });

  it('asks about the choice even without a date', () => {
    const qs = findOpenQuestions(
      questionInputOf(['The ministers are yet to decide whether to close the two schools.']),
    );
    expect(qs[0]?.text).toBe('Will the ministers close the two schools, and when will the decision come?');
  });
});

describe('"no evidence" findings', () => {
  it('credits a cited audit and does not treat "considering whether to open an inquiry" as one under way', () => {
    const qs = findOpenQuestions(
      questionInputOf([
        'Mr Ortiz said a review in May had found "no evidence of fraud".',
        'The regulator said it was aware of the complaints and was considering whether to open an inquiry.',
      ]),
    );
    const finding = qs.find((q) => q.sentenceIds.includes(0));
    expect(finding?.text).toMatch(/^Does the review's finding of no evidence of fraud/);
    expect(finding?.text).not.toMatch(/while/);
    expect(finding?.sentenceIds).toEqual([0]);
  });
});
