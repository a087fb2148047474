import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// A name is weighed for every quotation within reach: whether it is the one spoken to ("was told")
// depends on the quotation, so a name can be the listener of one and the speaker of the next.
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
