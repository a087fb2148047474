import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteTexts = (body: string): string[] => analyzeArticle(`Headline\n\n${body}`).quotes.map((q) => q.text);

/**
 * Names of programmes, works and groups closed US-style inside their marks, read from the slot the
 * copy puts them in (issue 11, session 38): a broadcast slot with a day ("aired Monday on"), a
 * programme "told" something, a credit ("founder of", "to the tune of"), a medium noun before a
 * title with an exclamation mark, a title with a bracketed word listed after another title.
 */
describe('titles of works read from their slot', () => {
  it('drops a programme named after a broadcast slot with a day or after "told"', () => {
    const body =
      '"We will keep the depot open," Mayor Ada Quint said in an interview with Ravi Shah aired Monday on "Evening Report."\n\n' +
      'Asked about the budget during an appearance Friday on "City Hour," Quint said she would decide soon.\n\n' +
      '"He ran the port for ten years," Quint told "Wake Up Riverside," reminding the hosts of the vote.';
    expect(quoteTexts(body)).toEqual(['We will keep the depot open,', 'He ran the port for ten years,']);
  });

  it('drops the name of a group, a tune and a film after a credit or a medium noun', () => {
    const body =
      'Tom Hale was the founder of "Teachers for Quint 2012." ' +
      'His video was set to the tune of "Morning Has Broken." ' +
      'He later acted in the cable movie "Shark Tornado 4: Not Again!"\n\n' +
      '"I regret none of it," Hale said.';
    expect(quoteTexts(body)).toEqual(['I regret none of it,']);
  });

  it('drops a title with a bracketed word listed after another title', () => {
    const body =
      'The sound system played old favourites, adding dance hits including "La Playa" and "Sol Naciente (Remix)."\n\n' +
      '"It was a good night," said Dora Lind, who organised the rally.';
    expect(quoteTexts(body)).toEqual(['It was a good night,']);
  });

  it('keeps chants, one word told, and words said on a programme (controls)', () => {
    const body =
      'The crowd chanted "Go Quint! Go Quint!" as she walked in.\n\n' +
      '"We will not close the depot this year," Quint said on Monday.\n\n' +
      'Asked whether she would run again, Quint told reporters, "Absolutely."';
    expect(quoteTexts(body)).toEqual(['Go Quint! Go Quint!', 'We will not close the depot this year,', 'Absolutely.']);
  });
});
