import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * fix41c (session 41 review, B-r41-4, -13, -14, -15): kind55's word-use and rhetorical-question gates read by their
 * grammar. Copy written for the test.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('any/anyone/ever in a question asking about a fact keep the cue (B-r41-4)', () => {
  it.each([
    ['Has anybody verified the allegation that the harbourmaster took payments?', 'claim'],
    ['Did the board ever test the supplier’s claim that the pipes were sound?', 'claim'],
  ])('%s', (text, shape) => {
    expect(shapes(text)).toContain(shape);
  });
  it.each([
    ['Who would ever believe the board’s claim that the pipes are sound?', 'claim'],
    ['So why pursue a claim that is as baseless as it is cruel?', 'claim'],
  ])('control: %s stays rhetorical', (text, shape) => {
    expect(shapes(text)).not.toContain(shape);
  });
});

describe('a word mentioned after "the word/term/phrase" is no hedge (B-r41-13)', () => {
  it('The brochure repeats the word reportedly nine times.', () => {
    expect(shapes('The brochure repeats the word reportedly nine times.')).not.toContain('hedged');
  });
  it('control: The brochure was reportedly printed nine times.', () => {
    expect(shapes('The brochure was reportedly printed nine times.')).toContain('hedged');
  });
});

describe('"unknown(s)" as a noun by its syntax (B-r41-14) and an unknown sum of money (B-r41-15)', () => {
  it.each([
    'Tomas Reyes was a virtual unknown before the primary, but he now runs the planning board.',
    'The unknowns in the harbour plan still trouble the planning board, Reyes said.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('unclear');
  });
  it('An unknown sum of public money went to the harbour consultants last spring.', () => {
    expect(shapes('An unknown sum of public money went to the harbour consultants last spring.')).toContain('unclear');
  });
  it.each([
    'An unknown number of harbour consultants were hired last spring.',
    'The identity of the harbour consultants is unknown.',
    'There are still plenty of unknowns about the harbour plan.',
  ])('control: %s keeps its reading', (text) => {
    expect(shapes(text).includes('unclear')).toBe(!text.includes('number'));
  });
});

describe('a year in a plan or hope is not the article’s year (B-r41-5)', () => {
  const lead = "A brewery has lodged an appeal against Millbrook council's refusal of a 90-room hotel on its old yard.";
  const rejected = 'In September 2025, the planning committee rejected the hotel as too bulky for the riverside.';
  const challenged = (later: string): boolean => {
    const article = { title: 'Brewery appeals', sentences: [{ text: lead }, { text: rejected }, { text: later }] };
    return findCues(rejected, '', KIND_GATES, article).some((c) => c.shape === 'challenge');
  };
  it('the brewery hopes to open the hotel in 2027', () => {
    expect(challenged('The brewery says it hopes to open the hotel in 2027.')).toBe(true);
  });
  it('control: a later year in past narration still dates the article', () => {
    expect(challenged('The yard was sold to a developer in 2026.')).toBe(false);
  });
});

describe('"moved" re-dates a past intention only when the event moves (B-r41-6)', () => {
  it.each([
    'Ann Pryce was going to vote for the mayor last year, but she moved her parents to Hull in May.',
    'Ann Pryce was going to vote for the mayor last year, but she was moved to a hospice in Hull in May.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('schedule');
  });
  it('control: The trustees were going to vote on the lease on Monday, but the chair moved the vote to Thursday.', () => {
    expect(
      shapes('The trustees were going to vote on the lease on Monday, but the chair moved the vote to Thursday.'),
    ).toContain('schedule');
  });
});
