import { describe, expect, it } from 'vitest';
import { pollQuestion } from '../../src/core/chase-questions';
import type { PhraseContext } from '../../src/core/phrase-question';
import { findCues } from '../../src/core/question-cues';

/**
 * Shapes hand-read sample 57 found (docs/hand-read-questions/062-sample-57.md, main's head `a68169f2`), in copy
 * written for the test, with near controls that must not change. Each first case failed on `a68169f2`.
 */

const cues = (sentence: string) => findCues(sentence).map((c) => `${c.kind}/${c.shape}`);
const ctx = (text: string): PhraseContext => ({ text, actor: null, mainActor: null, properWords: new Set() });

describe('a call the sentence says was held back is not pending (#38)', () => {
  it.each([
    'Harbour traders have grown louder about the ferry levy, while taking care not to upset Mrs. Pike by urging the council to drop it.',
    'The mayor stopped short of urging the council to reopen the library.',
    'The mayor has never urged the council to reopen the library.',
    'The board met on Tuesday without urging the council to reopen the library.',
    // Review 60's R60-12: an adverb in the slot that does not end in "-ly".
    'The warden said she had not even urged the trust to close the footpath.',
    'The warden said she had never once urged the trust to close the footpath.',
    'The warden has not yet called on the trust to close the footpath.',
  ])('%s', (sentence) => {
    expect(cues(sentence)).not.toContain('pending/request');
  });
  it.each([
    'Harbour traders have grown louder about the ferry levy, urging the council to drop it.',
    // "by urging" with no "not to" before it: the call is how the tenants pressed, and it was made.
    'The tenants pressed the mayor by urging the council to reopen the library.',
    'The mayor has not only urged the council to reopen the library but written to every councillor.',
    'The board met on Tuesday, urging the council to reopen the library.',
    'The warden has not merely urged the trust to close the footpath but written to every member.',
    'The warden said she had once urged the trust to close the footpath.',
  ])('control: %s', (sentence) => {
    expect(cues(sentence)).toContain('pending/request');
  });
});

describe('polls named by an owner the one-word modifier misses are not asked "Which polls" (#45)', () => {
  it.each([
    // The average of the Gazette-Herald's own polls is itself the other polls: shown as its passage.
    'This spring, an average of recent Gazette-Herald polls shows the mayor leading by 12 points among commuters.',
  ])('%s', (text) => {
    expect(pollQuestion(ctx(text))).toBeNull();
  });
  it.each([
    [
      'Recent Gazette-Herald polls show the ferry levy trailing among commuters.',
      'Do other polls show the ferry levy trailing among commuters?',
    ],
    [
      'Recent pre-election polls show the ferry levy trailing among commuters.',
      'Which polls show the ferry levy trailing among commuters?',
    ],
    [
      'One of the polls shows the ferry levy trailing among commuters.',
      'Do other polls show the ferry levy trailing among commuters?',
    ],
  ])('control: %s', (text, question) => {
    expect(pollQuestion(ctx(text))).toBe(question);
  });
});
