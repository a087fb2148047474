import { describe, expect, it } from 'vitest';
import { passageItem } from '../../src/core/passage-item';
import type { PhraseContext } from '../../src/core/phrase-question';
import { findCues } from '../../src/core/question-cues';
import { singleSource } from '../../src/core/single-source';

/**
 * Shapes hand-read sample 58 found (docs/hand-read-questions/063-sample-58.md, main's head `0db87670`), in copy
 * written for the test, with near controls that must not change. Each first case failed on `0db87670`.
 */

const cues = (sentence: string) => findCues(sentence).map((c) => `${c.kind}/${c.shape}`);
const ctx = (text: string): PhraseContext => ({ text, actor: null, mainActor: null, properWords: new Set() });

describe('an inch mark after feet is shown as written (#42)', () => {
  it.each([
    ['The keeper is 6\'1" tall and weighs 190 pounds, the club said.', '6\'1" tall'],
    ['The keeper is 5’11” tall, the club said.', '5’11” tall'],
  ])('%s', (sentence, kept) => {
    expect(passageItem('unverified', sentence, null)).toContain(kept);
  });
  it('control: a quotation closing after a figure still nests as a single mark', () => {
    expect(
      passageItem('unverified', 'The mayor called the rise "a blow to 2024" on Monday, aides said.', null),
    ).toContain('‘a blow to 2024’');
  });
});

describe('"unknown in/to/among …" said of people is fame, not an unknown fact (#12)', () => {
  it.each([
    'A survey of harbour pilots found both men largely unknown in the close-knit trade.',
    'The two candidates were virtually unknown to voters outside the valley.',
    'Until last spring they were still unknown among the ferry crews.',
    // One person with a fame adverb (review 61's R61-8).
    'The nominee, a vet largely unknown among voters outside the valley, won the seat on Friday.',
  ])('%s', (sentence) => {
    expect(cues(sentence)).not.toContain('unknown/unclear');
  });
  it.each([
    'The cause of the ferry fire is still unknown to investigators.',
    'The cost of the new pier remains largely unknown.',
    // One person without a fame adverb: who it is, is the unknown.
    'The arsonist is still unknown to investigators.',
    'It is unclear whether the pier will reopen.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('unknown/unclear');
  });
});

describe('a claim its maker withdrew is no live claim (#9)', () => {
  it.each([
    'The mayor on Tuesday backed away from a suggestion that he might pay the ferry fines himself.',
    'The paper retracted its claim that the pier had been sold.',
  ])('%s', (sentence) => {
    expect(cues(sentence)).not.toContain('unverified/claim');
  });
  it.each([
    'The mayor on Tuesday repeated a suggestion that he might pay the ferry fines himself.',
    'The paper stood by its claim that the pier had been sold.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('unverified/claim');
  });
});

describe('a publisher\'s "reports that" passes the source\'s finding on (#39)', () => {
  it('asks to confirm the finding, not that the paper reports it', () => {
    expect(
      singleSource(
        ctx(
          'The Gazette reports that the ferry levy has lost support among commuters, according to the Harbour Trust.',
        ),
      ),
    ).toBe('Can anyone besides the Harbour Trust confirm that the ferry levy has lost support among commuters?');
  });
  it('control: a speaker\'s "said that" stays in the claim', () => {
    expect(
      singleSource(ctx('Mr. Pike said that the ferry levy had lost support among commuters, according to Jo Reid.')),
    ).toBe(
      'Can anyone besides Jo Reid confirm that Mr. Pike said that the ferry levy had lost support among commuters?',
    );
  });
});
