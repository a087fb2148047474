import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/core/question-cues';
import { REFUSAL } from '../../src/core/refusal-cues';

// fu32 (session 30, issue 13): the no-comment lines the PolNeAR train editors flag (3 of 3) that the refusal
// family did not read — the contracted "didn't", the perfect "has not responded", a "none of" subject.

const shapes = (text: string) => findCues(text).map((c) => c.shape);

describe('the refusal family reads a party that has not answered, in its other forms', () => {
  it.each([
    'Sanders’ campaign didn’t immediately return a request seeking comment.',
    "A spokesman for the council didn't respond to a request for comment on whether the vote would go ahead.",
    'The Clinton campaign has not yet responded to repeated requests for comment.',
    'The mayor’s office hasn’t replied.',
    'None of the Murdochs would comment for this column.',
    'None of the three senators who met the nominee would say what was discussed.',
  ])('%s', (text) => {
    expect(shapes(text)).toContain('refusal');
  });
});

describe('and not a response that is no refusal to answer (controls)', () => {
  it.each([
    'He has not responded well to criticism of his record.',
    'Voters have not responded to his message on trade.',
    'None of the money would be returned to donors.',
    'The campaign responded to the request within the hour.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('refusal');
  });
});

// One table for the no-response forms (refusal-cues.ts): the thread answers' refusal reading agrees with the family.
describe("the thread answers' refusal reading takes the same no-response forms", () => {
  const refuses = (text: string) => new RegExp(REFUSAL.source, 'i').test(text);
  it.each([
    'Sanders’ campaign didn’t immediately return a request seeking comment.',
    'The Clinton campaign has not yet responded to repeated requests for comment.',
    'The mayor’s office hasn’t replied.',
    'None of the Murdochs would comment for this column.',
    'The quarry owner could not be reached.',
    // ux31 (session 31): a request with a participle and no article (PolNeAR train's "did not respond to emailed
    // questions about his investments", the answer to "did the Trump campaign say anything about the holdings?").
    'Trump’s campaign did not respond to emailed questions about his investments.',
    'The developer has not responded to written questions from residents.',
  ])('%s', (text) => {
    expect(refuses(text)).toBe(true);
    expect(shapes(text)).toContain('refusal');
  });
  it.each([
    'The council had not responded to the flooding by Friday.',
    'Voters have not responded to his message on trade.',
    'None of the money would be returned to donors.',
    'The board has not responded to further cuts in its grant.',
  ])('not: %s', (text) => {
    expect(refuses(text)).toBe(false);
    expect(shapes(text)).not.toContain('refusal');
  });
});

// ans75b (session 54): "would not offer details of …" withholds a fact (ans75's unanswerable 808 questions); a
// detail given or offered is not one.
describe('the refusal family reads a party that would not give details', () => {
  const refuses = (text: string) => new RegExp(REFUSAL.source, 'i').test(text);
  it.each([
    'The organisers would not offer details of who had been invited to the dinner.',
    "The club won't give any further details about the player's injury.",
  ])('%s', (text) => {
    expect(refuses(text)).toBe(true);
  });
  it.each([
    'The organisers offered details of the guest list on Friday.',
    'The club will give more details about the new stadium next month.',
  ])('not: %s', (text) => {
    expect(refuses(text)).toBe(false);
  });
});
