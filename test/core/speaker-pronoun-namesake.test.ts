import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (body: string): Array<string | null> =>
  analyzeArticle(`Headline\n\n${body}`).quotes.map((q) => q.speaker ?? null);

describe('a pronoun never lands on a surname two people share', () => {
  // Excerpt of PolNeAR dev politico_2016-09-12_former-dnc-chairman-calls-for-cl: Bill and Hillary Clinton are both
  // in the copy, so the bare "Clinton" is the one last named in full (Hillary), whom "he" cannot mean: the words
  // go to Fowler, the man of the tags before, not to the bare surname.
  it('gives "he said" to the man of the previous tags, not to a bare shared surname', () => {
    const body = [
      '“Now is the time for all good political leaders to come to the aid of their party,” said Don Fowler, who helmed the DNC during Bill Clinton’s presidency, and has backed Hillary Clinton since her 2008 presidential bid.',
      'Fowler noted that at one of his first-ever DNC meetings, in 1972, he supported a decision to nominate Sargent Shriver.',
      'Though that transition was relatively seamless, he said, replacing Clinton would be much more acrimonious and could lead to intense lobbying by loyalists to Joe Biden and Bernie Sanders. That’s why, he argued, the party should be prepared.',
      '“This is a different time, with a lot more people who like to express themselves and perhaps wrest control,” he said. “I’m sure some of the Sanders people would want to get into play.”',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Don Fowler', 'Don Fowler', 'Don Fowler']);
  });

  it('still gives "he" to a bare surname one person bears', () => {
    const body = [
      'Don Fowler helmed the DNC from 1995 to 1997.',
      'Though that transition was seamless, he said, replacing Kaine would be much more acrimonious. That’s why, he argued, the party should be prepared.',
      '“This is a different time,” he said.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Don Fowler']);
    expect(speakers('Tim Kaine spoke on Monday.\n\nKaine was in Ohio. “This is a different time,” he said.')).toEqual([
      'Tim Kaine',
    ]);
  });

  it('still gives "she" to Hillary Clinton when the copy names her beside Bill', () => {
    const body = [
      'Bill Clinton campaigned in Ohio on Monday.',
      'Hillary Clinton spoke in Iowa on Tuesday. “We will win this state,” she said.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Hillary Clinton']);
  });

  it('gives "she" after a bare shared surname as subject to the one namesake she fits', () => {
    const body = [
      'Bill Clinton campaigned in Ohio on Monday. Hillary Clinton spoke in Iowa on Tuesday.',
      'On Wednesday Clinton visited a factory in Des Moines. “We will win this state,” she said.',
    ].join('\n\n');
    expect(speakers(body)).toEqual(['Hillary Clinton']);
  });
});
