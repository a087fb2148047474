import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { tagAfter } from '../../src/core/quote-tags';

const quotes = (body: string): Array<[string, string | null]> =>
  analyzeArticle(`Tax vote\n\nThe council met on Tuesday.\n\nLena Obi, the mayor, spoke first. ${body}`).quotes.map(
    (q) => [q.text, q.speaker],
  );

/**
 * Session 49 (sp61b, audit 50 B-a50-4): a speech verb taking a clause of its own inside an adverbial clause opened
 * after the quotation ("… "Hear, hear" when the mayor said the tax would fall") reports that clause; the quotation is
 * the main clause's object, and its crowd is no one the article names, so no one is credited.
 */
describe('a speech verb in a later adverbial clause is no tag for the quotation before it', () => {
  it.each([
    'Members responded with shouts of "Shame, shame" when the mayor said the depot would close.',
    'Members responded with shouts of "Shame, shame" as the mayor said the depot would close.',
    'Members banged the tables to cries of "Order, order" after the mayor said that the depot would close.',
  ])('%s', (body) => {
    expect(quotes(body)).toEqual([[expect.stringMatching(/^(?:Shame|Order)/), null]]);
  });

  it('control: a tag of the quotation after it still names the mayor', () => {
    expect(quotes('"The depot will close," the mayor said when the meeting opened.')).toEqual([
      ['The depot will close,', 'Lena Obi'],
    ]);
  });

  it('control: a person named before the quotation keeps the reading it had', () => {
    expect(quotes('She called the plan "a disgrace" when she said the depot would close.')).toEqual([
      ['a disgrace', 'Lena Obi'],
    ]);
  });

  it('control: "as the mayor said." with no clause of its own is still the tag after a quotation', () => {
    expect(tagAfter(' as the mayor said on Monday.', 0)).toMatchObject({ kind: 'phrase', text: 'the mayor' });
  });

  it('control: "as the mayor said on …," before the main clause goes on is still the tag', () => {
    expect(tagAfter(' as the mayor said on local radio, only raises the stakes.', 0)).toMatchObject({
      kind: 'phrase',
      text: 'the mayor',
    });
  });
});
