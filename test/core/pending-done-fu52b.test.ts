import { describe, expect, it } from 'vitest';
import { cuelessPending } from '../../src/core/cueless-pending';

/**
 * Session 52, fu52b: the predicate after a "pending" noun telling its act done (done-predicate.ts; audit 53's B-a53-14,
 * sample49b's "Its last vote was in May."), in copy written for the test. Each case failed on int-s52 (92413a68); the
 * controls hold on both.
 */
describe('a past perfect, an "already" or a past date after the noun tells the act done', () => {
  it.each([
    'Harbour spokesperson Lena Ostrova said investigators had already visited the breakwater.',
    'Lena Ostrova said investigators from the port authority had inspected the ferry hull.',
    'Its last vote on the mooring levy was in May.',
    'The vote on the mooring levy was held in March.',
    'The marina court has already ruled on the mooring levy.',
  ])('%s names no event still open', (text) => {
    expect(cuelessPending(text, 2026)).toBe('unverified');
  });
  it.each([
    'Harbour spokesperson Lena Ostrova said investigators would visit the breakwater next week.',
    'Its last vote on the mooring levy is in May.',
    'The vote on the mooring levy was postponed.',
    'The marina court had agreed to hear the ferry owners.',
    'Investigators had already visited the breakwater, and a ruling is expected next month.',
    'The inquiry into whether the pilot had lied continues.',
  ])('control: %s stays pending', (text) => {
    expect(cuelessPending(text, 2026)).toBe('pending');
  });
});
