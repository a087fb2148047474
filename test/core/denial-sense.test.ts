import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import { findCues } from '../../src/core/question-cues';
import { questionInputOf } from '../support/question-input-of';

const isDenial = (sentence: string) => findCues(sentence).some((cue) => cue.shape === 'denial');

describe('the denial cue reads "deny" only where it answers a claim', () => {
  it('flags a denial of a claim: that-clause, bare clause, gerund, the charge, a pronoun for it, or nothing', () => {
    for (const sentence of [
      'The minister denied that the contract was rigged.',
      'The mayor denied she had been briefed.',
      'The owner denied breaking the safety rules.',
      'The firm flatly denied the allegations in a statement.',
      'The council denies any wrongdoing.',
      'He has always denied it.',
      'The charge, which the club denied, was dropped.',
      'Asked about the payments, the agent denied.',
    ])
      expect(isDenial(sentence), sentence).toBe(true);
  });

  it('leaves "deny" that withholds something, and "there is no denying", alone', () => {
    for (const sentence of [
      'The board voted to deny the harbour trust its licence.',
      'Consulates kept denying visas to the touring players.',
      'The rebels hoped to deny him a majority at the convention.',
      // Two objects, the first a name or a noun phrase (hand-read sample 9): what is withheld, from whom.
      'She is confident that she can deny insurgent Tom Reed the party nomination by outspending him.',
      'The old guard has denied ordinary members a real voice.',
      'The ruling stops county clerks from denying marriage licenses to couples.',
      'The judge denied bail to the two men.',
      'There is no denying the scheme has been popular.',
    ])
      expect(isDenial(sentence), sentence).toBe(false);
  });

  it('reads "no wrongdoing" as a denial when someone says it, not when an inquiry found or concluded it', () => {
    for (const sentence of [
      'The mayor said she had done no wrongdoing.',
      'Lawyers for the club insist there was no wrongdoing.',
    ])
      expect(isDenial(sentence), sentence).toBe(true);
    for (const sentence of [
      'The inquiry found no wrongdoing.',
      'An internal review of the contracts found no wrongdoing by the officers.',
      'The watchdog concluded that there was no wrongdoing at the charity.',
      'Investigators determined there had been no wrongdoing.',
    ]) {
      expect(isDenial(sentence), sentence).toBe(false);
      // No one's denial to ask about: nothing is put to "the people involved".
      const asked = findOpenQuestions(questionInputOf([sentence])).map((q) => q.text);
      expect(asked.join(' '), sentence).not.toMatch(/\bden(?:y|ial|ied)\b/i);
    }
  });
});
