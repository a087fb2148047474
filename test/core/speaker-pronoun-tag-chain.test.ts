import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (paragraphs: string[]): Array<string | null> =>
  analyzeArticle(`Headline\n\n${paragraphs.join('\n\n')}`).quotes.map((q) => q.speaker ?? null);

/** Bill and Hillary are both named in full, so a later bare "Clinton" is no one in particular. */
const LEAD =
  '“Now is the time for all good political leaders to come to the aid of their party,” said Don Fowler, who helmed the DNC during Bill Clinton’s presidency, and has backed Hillary Clinton since her 2008 presidential bid.';

describe('a pronoun after "he said" / "he argued" tags means the tags’ person', () => {
  // Excerpt of PolNeAR dev politico_2016-09-12_former-dnc-chairman-calls-for-cl: the two mid-sentence tags
  // ("…, he said, …", "…, he argued, …") carry Fowler, the subject of the sentence before, to the quotation.
  it('gives the quotation after the tag chain to the chain’s man, not the bare shared surname between', () => {
    expect(
      speakers([
        LEAD,
        'Fowler noted that at one of his first-ever DNC meetings, in 1972, he supported a decision to nominate Sargent Shriver.',
        'Though that transition was relatively seamless, he said, replacing Clinton would be much more acrimonious and could lead to intense lobbying by loyalists to Joe Biden and Bernie Sanders. That’s why, he argued, the party should be prepared.',
        '“This is a different time, with a lot more people who like to express themselves and perhaps wrest control,” he said. “I’m sure some of the Sanders people would want to get into play.”',
      ]),
    ).toEqual(['Don Fowler', 'Don Fowler', 'Don Fowler']);
  });

  it('lets a different man named as the subject after the chain take the next "he said"', () => {
    expect(
      speakers([
        LEAD,
        'Fowler noted that he supported a decision to nominate Sargent Shriver in 1972.',
        'Though that transition was relatively seamless, he said, replacing Clinton would be much more acrimonious.',
        'Ed Rendell served as general chairman of the DNC during the 2000 election.',
        '“There is absolutely no chance she will withdraw from running,” he said in a phone interview.',
      ]),
    ).toEqual(['Don Fowler', 'Ed Rendell']);
  });

  it('leaves a single fitting candidate as it was', () => {
    expect(
      speakers([
        'Don Fowler helmed the DNC from 1995 to 1997.',
        'Though that transition was seamless, he said, the next one would be much more acrimonious.',
        '“This is a different time,” he said.',
      ]),
    ).toEqual(['Don Fowler']);
  });

  it('carries a "she" chain the same way', () => {
    expect(
      speakers([
        'Bill Clinton and Hillary Clinton campaigned in Ohio on Monday.',
        'Interim DNC Chairwoman Donna Brazile said Sunday that the party was ready for anything.',
        'Though the last transition was seamless, she said, replacing Clinton would be much more acrimonious. That’s why, she argued, the party should be prepared.',
        '“This is a different time,” she said.',
      ]),
    ).toEqual(['Donna Brazile']);
  });
});
