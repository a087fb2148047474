import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';

/**
 * Review s40 B-r40-4 (fix40b): a past "was going to" stays pending only when a later clause re-dates the event itself
 * (a passive, or the event as the verb's object), not when a person "moved to Leeds in March". Copy written for the test.
 */
const shapes = (text: string): string[] => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a person who moved is no event put off (B-r40-4)', () => {
  it.each([
    'Tom Birch, a retired bus driver, was going to vote for the mayor last year, but he moved to Hull in May and lost his vote.',
    'The Kerrs were going to vote in the ward election, but they moved to Cardiff in October.',
    'She was going to vote on the plan, but she moved to Spain in 2024.',
  ])('%s', (text) => {
    expect(shapes(text)).not.toContain('schedule');
  });
  it.each([
    'The club was going to vote on the merger on Monday, but the chairman moved the vote to Thursday.',
    'Members were going to vote on the deal this week, but the union postponed it until March.',
    'The board was going to vote on the sale on Friday, but the vote has been moved to Tuesday.',
  ])('control: %s re-dates the event and stays pending', (text) => {
    expect(shapes(text)).toContain('schedule');
  });
});
