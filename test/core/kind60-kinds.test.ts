import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/core/question-cues';

/**
 * kind60 (issue 13, sample 41's kind misreads): "unknown" graded by an adverb before its noun tells obscurity, not a
 * fact the copy lacks ("hitherto unknown espionage software", #15); "rejected" counted as a ballot's result is no
 * dispute ("The SVP was rejected by 59.6 percent of voters", #16). Copy written for the test.
 */
const shapes = (text: string) => findCues(text).map((c) => c.shape);

describe('graded "unknown" before its noun: obscurity, no unknown cue', () => {
  it.each([
    'The breach used hitherto unknown spying software, the firm said.',
    'As a relatively unknown painter, Mira Dove has won the Fenwick prize.',
    'Can the mayor pass his following on to comparatively unknown candidates in the valley towns?',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('unclear');
  });
});

describe('controls: "unknown" said of a fact keeps its cue', () => {
  it.each([
    'The cause of the fire remains largely unknown because the site is sealed.',
    'An unknown gunman fired on the depot.',
    'The source of the leak is still unknown.',
    'The breach used unknown spying software, the firm said.',
    'Traders dislike the mostly unknown policies of the new harbour board.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('unclear');
  });
});

describe('"rejected" as a ballot counted: no challenge cue', () => {
  it.each([
    'The toll plan was rejected by 61 percent of the electorate.',
    'The harbour levy was rejected by 58 percent of voters in Tuesday’s ballot.',
    'Councillors unanimously rejected the bill and now it must go through another round of consultation.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('challenge');
  });
});

describe('controls: one side rejecting keeps the challenge', () => {
  it.each([
    'The harbour levy was rejected by the mayor, who called the sums a fantasy.',
    'Councillors rejected the bill and now it must go through another round of consultation.',
    'Councillors rejected the claim that the ferry contract was rigged.',
    '"We call on the council to resoundingly reject this outrageous levy," the ferry union said.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('challenge');
  });
});
