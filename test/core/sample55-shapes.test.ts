import { describe, expect, it } from 'vitest';
import { type PhraseContext, vagueSource } from '../../src/core/phrase-question';
import { findCues } from '../../src/core/question-cues';

/**
 * Shapes hand-read sample 55 found (docs/hand-read-questions/060-sample-55.md, int-s56's head `7d265c72`), in copy
 * written for the test, with near controls that must not change. Each first case failed on `7d265c72`.
 */

const cues = (sentence: string) => findCues(sentence).map((c) => `${c.kind}/${c.shape}`);
const ctx = (text: string): PhraseContext => ({ text, actor: null, mainActor: null, properWords: new Set(['Pike']) });

describe('a source word inside the claim names no sayer (#28)', () => {
  it.each([
    'Some Pike allies suggested that harbour officials were settling old scores.',
    'Several board members suggested that the port analysts had padded the dredging costs.',
  ])('%s', (text) => {
    const question = vagueSource(ctx(text));
    expect(question).not.toMatch(/^Which (?:officials|analysts) say/);
    expect(question).toMatch(/^Can a named source confirm that /);
  });
  it.each([
    [
      'The dredging will cost $40 million more than planned, officials said.',
      'Which officials say the dredging will cost $40 million more than planned, and can they be named?',
    ],
    [
      'The dredging, according to officials, will cost $40 million more than planned.',
      'Which officials say the dredging will cost $40 million more than planned, and can they be named?',
    ],
  ])('control: %s', (text, question) => {
    expect(vagueSource(ctx(text))).toBe(question);
  });
  it('a figure the source expected is no saying: the claim is not credited to them', () => {
    expect(
      vagueSource(ctx('Pike Foods reported a profit of $2.10 a share, well above the $1.40 that analysts expected.')),
    ).toBe(
      'Can a named source confirm that Pike Foods reported a profit of $2.10 a share, well above the $1.40 that analysts expected?',
    );
  });
  it('control: a source with its saying verb inside the claim is still the sayer', () => {
    expect(
      vagueSource(ctx('But critics argue trimming the ferry subsidy will hurt the families it was meant to help.')),
    ).toMatch(/^Which critics say /);
  });
});

describe('a negative pronoun subject states a generality, nothing pending (#39)', () => {
  it.each([
    '"Nobody, left or right, wants to vote for a harbour plan drawn up in the 1970s."',
    'No one on the harbour board wants to vote on the dredging contract before the audit.',
  ])('%s', (sentence) => {
    expect(cues(sentence).filter((c) => c.startsWith('pending/'))).toEqual([]);
  });
  it.each([
    'The harbour board wants to vote on the dredging contract before the audit.',
    // The pronoun is the subject of "knows"; the board's vote is still to come.
    'Nobody knows whether the harbour board will vote on the dredging contract next week.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('pending/schedule');
  });
});
