import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// A name is weighed once for every quotation within reach, and what it is whatever the quotation
// (quoted, a credit, followed by "was told") is read once: what depends on the quotation must not be.
const speakers = (body: string): Array<string | null> =>
  analyzeArticle(`Headline\n\n${body}`).quotes.map((q) => q.speaker ?? null);

describe('one sentence holding many quotations and names', () => {
  it('gives each of forty quotations in one sentence to the name that tags it', () => {
    expect(speakers('Ms Jones said "it is fine" and '.repeat(40))).toEqual(Array(40).fill('Jones'));
  });

  it('reads a name as the listener of one quotation and the speaker of the next in the same sentence', () => {
    expect(
      speakers(
        'Councillor Helen Marsh spoke on Tuesday. Marsh was told: "You must resign," and "the fees are unfair," Marsh said.',
      ),
    ).toEqual([null, 'Helen Marsh']);
  });
});
