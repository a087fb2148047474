import { describe, expect, it } from 'vitest';
import { willQuestion } from '../../src/core/will-question';

/**
 * Session 45's review, B-r45-10: a second clause coordinated by "and" with a subject and a modal of its own ("… and the
 * last crossing would be at midnight") was spliced into the first clause's "Will …?" question. Copy written for the
 * test.
 */

const none = new Set<string>();

describe('a coordinated clause with its own subject and modal ends the "Will …?" question (B-r45-10)', () => {
  it.each([
    [
      'boats would leave at dawn from next month and the last crossing would be at midnight',
      'Will boats leave at dawn from next month?',
    ],
    [
      'the library would reopen in March and its reading room could stay shut until the autumn',
      'Will the library reopen in March?',
    ],
    ['the depot would close next year and they would move the buses to Kelso', 'Will the depot close next year?'],
    ['the pool will open on Saturday and Dunmore Leisure will run the cafe', 'Will the pool open on Saturday?'],
  ])('"%s"', (clause, question) => {
    expect(willQuestion(clause, none)).toBe(question);
  });

  it.each([
    // Coordinated objects, no second subject and modal: the phrase stays whole.
    [
      'the trust would repair the pier and the slipway by June',
      'Will the trust repair the pier and the slipway by June?',
    ],
    // The second subject belongs to a clause a subordinator opened earlier: "the bridge and the road" is one subject.
    [
      'the council would decide whether the bridge and the road would be closed',
      'Will the council decide whether the bridge and the road would be closed?',
    ],
    // "and that …" is a second complement of the same verb, no clause of its own.
    [
      'the operator would confirm the fares and that the fleet would be replaced',
      'Will the operator confirm the fares and that the fleet would be replaced?',
    ],
  ])('control: "%s"', (clause, question) => {
    expect(willQuestion(clause, none)).toBe(question);
  });
});
