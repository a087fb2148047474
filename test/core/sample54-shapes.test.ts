import { describe, expect, it } from 'vitest';
import { pollQuestion } from '../../src/core/chase-questions';
import type { PhraseContext } from '../../src/core/phrase-question';
import { findCues } from '../../src/core/question-cues';

/**
 * Shapes hand-read sample 54 found (docs/hand-read-questions/059-sample-54.md, main's head `19669f83`), in copy written
 * for the test, with near controls that must not change. Each first case failed on `19669f83`.
 */

/** The kinds and shapes of the cues a sentence keeps. */
const cues = (sentence: string) => findCues(sentence).map((c) => `${c.kind}/${c.shape}`);
const ctx = (text: string): PhraseContext => ({ text, actor: null, mainActor: null, properWords: new Set() });

describe('a poll finding that is a comparison asks nothing of other polls (#32)', () => {
  it.each([
    'A Harbour Gazette poll showed a slimmer lead for the mayor with 44 percent to 39 percent.',
    'The Tidewater survey poll found narrower margins in the eastern wards.',
    'A second poll shows a closer race between the two factions.',
  ])('%s', (text) => {
    expect(pollQuestion(ctx(text))).toBeNull();
  });
  it.each([
    [
      'A Harbour Gazette poll showed the mayor ahead by five points in the ward race.',
      'Do other polls show the mayor ahead by five points in the ward race?',
    ],
    // "More than half" is a share the poll found, not a comparison with another poll.
    [
      'A Harbour Gazette poll found more than half of dock workers back the contract.',
      'Do other polls show more than half of dock workers back the contract?',
    ],
  ])('control: %s', (text, question) => {
    expect(pollQuestion(ctx(text))).toBe(question);
  });
});

describe('a gerund subject weighed by its predicate is no act done (#31)', () => {
  it.each([
    'Quietly casting doubt on the audit may be easier now than answering it line by line before the vote.',
    'Casting doubt on the harbour figures would be a mistake for the council this close to the budget.',
  ])('%s', (sentence) => {
    expect(cues(sentence).filter((c) => c.startsWith('disputed/'))).toEqual([]);
  });
  it.each([
    'The auditor’s report casts doubt on the harbour figures the council published in March.',
    'Casting doubt on the harbour figures, the auditor said they were padded by the dredging fees.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('disputed/doubt');
  });
  it('control: an -ing noun with its own verb is a poll finding, kept', () => {
    expect(
      cues("Polling shows that 'the public is not at ease with the dredging,' said Ann Bell, the harbour editor."),
    ).toContain('unverified/poll');
  });
});

describe('an ongoing verb with a particle is a phrasal verb, not a choice being made (#11)', () => {
  it.each([
    'As the two sides met in Leeds over the past week, the minister was weighing in by phone with the union leaders.',
    'The worry is weighing on some councillors ahead of the budget.',
  ])('%s', (sentence) => {
    expect(cues(sentence).filter((c) => c.startsWith('pending/'))).toEqual([]);
  });
  it.each([
    'The council is still weighing whether to close the pool.',
    'The ferry company is considering a bid for the harbour contract.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('pending/ongoing');
  });
});

describe('a preposition after an ongoing verb opens its noun phrase, not a particle (review 57, R57-8)', () => {
  it('control: the haggling still runs when "over" takes its own object', () => {
    expect(
      cues("The ferrymen's guild is negotiating over the price of winter moorings with the port authority."),
    ).toContain('pending/ongoing');
  });
  it('a WordNet phrasal verb stays a particle before its object', () => {
    expect(
      cues('Shoppers are seeking out the cheaper stalls at the market.').filter((c) => c.startsWith('pending/')),
    ).toEqual([]);
  });
});
