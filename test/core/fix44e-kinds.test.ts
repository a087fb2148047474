import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * fix44e (review 44, B-r44-10): the withheld-challenge gate reads a negated auxiliary before the conflict family's
 * verbs ("did not dispute the figures", "does not contradict"), as it did before a challenge's ("did not rebut"); and
 * "not only", "not merely", "not simply" before a challenge affirm it and more, so the challenge is made. Copy written
 * for the test, in US and British house styles.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a conflict verb under a negated auxiliary tells no dispute', () => {
  it.each([
    'The depot board did not dispute the auditor’s figures for the last three years.',
    'The ferry company doesn’t dispute that the timetable was cut without notice.',
    'The harbour master’s report does not contradict the account the skipper gave the inquiry.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('conflict');
  });
  it.each([
    'The depot board disputes the auditor’s figures for the last three years.',
    'The harbour master’s report contradicts the account the skipper gave the inquiry, which did not say when.',
    'The two accounts are at odds with the log the skipper did not sign.',
  ])('control: %s keeps its conflict cue', (text) => {
    expect(shapes(text)).toContain('conflict');
  });
});

describe('a challenge after "not only", "not merely" or "not simply" is made', () => {
  it.each([
    'The treasurer did not only rebut the claim that the levy had failed; he attacked the auditor who made it.',
    'The union did not merely reject the offer, it called a strike for Monday.',
    'The ferry company has not simply rejected the offer, it has walked out of the talks.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
  it.each([
    'The treasurer did not rebut the claim that the levy had failed.',
    'The union has not publicly rejected the offer made on Friday.',
  ])('control: %s still holds its challenge back', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
});
