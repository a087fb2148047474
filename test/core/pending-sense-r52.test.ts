import { describe, expect, it } from 'vitest';
import { cuelessPending } from '../../src/core/cueless-pending';

/**
 * Review 52 (session 51) of fu51's readings of a "pending" word with no cue, in copy written for the test; each case
 * failed on int-s51 (552bea7c), and the controls hold on both.
 */
describe('only the verb that takes the noun in a WordNet example, and no sense SemCor never tags (B-r52-2)', () => {
  it.each([
    // The cap's visor ("he pulled down the bill of his cap"), the turnout ("they are expecting a large vote"), and the
    // "left" of "he paid his bill and left", which takes nothing there.
    'Assembly leaders pulled the dredging bill from the floor schedule after a row over its cost.',
    'Most harbour commissioners expected a close vote on the mooring levy.',
    'The governor left the dredging bill on his desk over the holiday.',
  ])('%s stays pending', (text) => {
    expect(cuelessPending(text, 2026)).toBe('pending');
  });
  it.each([
    'Ivo Lund paid his mooring bill and sailed off.',
    'Nina Brandt insisted on paying her marina bill herself.',
  ])('control: %s is an invoice, no pending lead', (text) => {
    expect(cuelessPending(text, 2026)).toBe('unverified');
  });
});

describe('"last" and "latest" tell an instance held only as the sentence\'s time allows (B-r52-3)', () => {
  it.each([
    'The harbour committee holds its last hearing on the levy next Thursday.',
    'Its last hearing on the levy is next Thursday.',
    'The port authority publishes its latest review of the breakwater in April.',
    'Ferry owners face the last vote on the levy on Friday.',
  ])('%s stays pending', (text) => {
    expect(cuelessPending(text, 2026)).toBe('pending');
  });
  it.each([
    'The harbour committee held its last hearing on the levy on Thursday.',
    'The port authority, in its latest review, published last week, says the breakwater is sound.',
    'The ferry owners objected to a recent vote by the marina staff.',
    // No verb takes the noun: the day dates the review itself.
    'The port authority, in its latest review on Monday, says the breakwater is sound.',
  ])('control: %s names an instance held', (text) => {
    expect(cuelessPending(text, 2026)).toBe('unverified');
  });
});
