import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { quantifierNumber } from '../../src/core/quantifier-number';

/** The denial questions for one invented sentence placed in a short story. */
const asked = (sentence: string) =>
  analyzeArticle(`Pier closure\n\nThe harbour trust met on Monday.\n\n${sentence}\n`)
    .questions.map((q) => q.text)
    .join(' ');

// Review B-r44-15: "A few denied that the pier was unsafe" gave "…, which a few denies?". A quantifier standing for
// the people it counts ("a few", "several", "both") or heading an "of" phrase takes the verb's number from itself.
describe('the denial question agrees with a quantifier subject', () => {
  it.each([
    ['A few denied that the pier was unsafe.', 'which a few deny?'],
    ['A handful denied that the pier was unsafe.', 'which a handful deny?'],
    ['Several denied that the pier was unsafe.', 'which several deny?'],
    ['Both denied that the pier was unsafe.', 'which both deny?'],
    ['Some denied that the pier was unsafe.', 'which some deny?'],
    ['One of the traders denied that the pier was unsafe.', 'which one of the traders denies?'],
    ['A few denied it.', 'What exactly do a few deny'],
  ])('%s', (sentence, question) => {
    expect(asked(sentence)).toContain(question);
  });

  it('controls: a noun heading the subject still decides its number', () => {
    expect(asked('A few residents denied that the pier was unsafe.')).toContain('which a few residents deny?');
    expect(asked('The owner denied that the pier was unsafe.')).toContain('which the owner denies?');
    expect(asked('Each denied that the pier was unsafe.')).toContain('which each denies?');
  });

  it('reads the number from the quantifier only when it heads the subject', () => {
    expect(quantifierNumber('a handful of traders')).toBe('plural');
    expect(quantifierNumber('neither')).toBe('singular');
    expect(quantifierNumber('a few residents')).toBeUndefined();
    expect(quantifierNumber('the owner')).toBeUndefined();
    expect(quantifierNumber('none')).toBeUndefined();
  });
});
