import { describe, expect, it } from 'vitest';
import { passageItem } from '../../src/core/passage-item';

/**
 * The shapes hand-read sample 40 found (docs/hand-read-questions.md, "Sample 40", engine 64), each in copy written for
 * the test, with a near control that must not change. Each case failed on main's head `f67066c1`.
 */

/** A sentence of `n` words: a harbour board's plan, padded with a list of jetties, ending on `tail`. */
function sentenceOf(n: number, tail: string): string {
  const head =
    'On Tuesday night the harbour master told the board that she and the ferry operator had spoken twice that day but that nothing could change her decision to close the north jetty';
  const pad = 'and the east slip and the old quay'.split(' ');
  const words = head.split(' ');
  const tailWords = tail.split(' ');
  for (let i = 0; words.length + tailWords.length < n; i++) words.push(pad[i % pad.length]!);
  return `${[...words, ...tailWords].join(' ')}.`;
}

describe('a passage that ends a word or two past its 40-word budget is shown whole (#8)', () => {
  it.each([41, 42])('%i words: whole, with the name at its end', (n) => {
    const sentence = sentenceOf(n, 'used by Selkirk Ferries');
    expect(sentence.split(' ')).toHaveLength(n);
    // Was cut at 40 words ("… used …" or earlier), dropping who uses the jetty.
    expect(passageItem('pending', sentence, null)).toBe(`Pending: “${sentence}”`);
  });

  it('control: a sentence three words past the budget is still cut', () => {
    const item = passageItem('pending', sentenceOf(43, 'used by Selkirk Ferries'), null);
    expect(item).toMatch(/ …”$/);
    expect(item).not.toContain('Selkirk Ferries');
  });
});
