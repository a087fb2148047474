import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyQuote, namesMediaTitle, namesWorkTitle } from '../../src/core/quote-kind';

/** How often the quoted text itself is split into words while `read` runs. */
function splitsOf(text: string, read: () => void): number {
  const split = vi.spyOn(String.prototype, 'split');
  read();
  const count = split.mock.contexts.filter((receiver) => String(receiver) === text).length;
  split.mockRestore();
  return count;
}

afterEach(() => vi.restoreAllMocks());

describe('quote-kind: one quote read by its three classifiers is split into words once', () => {
  it('splits the quote once for classifyQuote, namesMediaTitle and namesWorkTitle in turn', () => {
    const text = 'We will keep the library open on Sundays,';
    const count = splitsOf(text, () => {
      classifyQuote(text, 'The mayor said:', ' she added.', true);
      namesMediaTitle(text, 'The mayor said:');
      namesWorkTitle(text, 'The mayor said:', ' she added.', true);
    });
    expect(count).toBe(1);
  });

  it('reads the next quote afresh, not the words kept for the last one (control)', () => {
    classifyQuote('We will keep the library open on Sundays,', 'The mayor said:', '', true);
    // A short title-cased name after a media cue is a title; the long sentence before it was not.
    expect(namesMediaTitle('Morning Report', 'told the radio programme')).toBe(true);
    expect(namesMediaTitle('We will keep the library open on Sundays,', 'told the radio programme')).toBe(false);
    expect(classifyQuote('Morning Report', 'on the programme', '', false)).toBe('title');
  });
});
