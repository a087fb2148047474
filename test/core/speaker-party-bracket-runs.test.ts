import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { normalizeQuoteMarks } from '../../src/core/quote-marks';
import { splitSentences } from '../../src/core/split-sentences';

const article = (body: string): string => `Council news\n\nThe meeting was held on Tuesday. ${body}`;

/** What the rules (before the ranker) give each quotation: route and speaker. */
const rules = (body: string): Array<[string, string | null]> =>
  attributeQuotes(normalizeQuoteMarks(splitSentences(cleanArticle(article(body), {})))).items.map((item) => [
    item.route,
    item.speaker?.name ?? null,
  ]);
const printed = (body: string): Array<string | null> => analyzeArticle(article(body)).quotes.map((q) => q.speaker);

/** Issue 11, session 34: quotations the rules left with no speaker although the copy names one. */
describe('a party-state bracket between a tag name and its verb', () => {
  it.each([
    [
      '"The bridge must be repaired before winter," Sen. Mary Holt (D-Ore.) said Monday. Work starts in May.',
      'Mary Holt',
    ],
    [
      '"The bridge must be repaired before winter," Rep. Dan Ruiz (R-N.M.) told reporters. Work starts in May.',
      'Dan Ruiz',
    ],
  ])('%s', (body, speaker) => {
    expect(rules(body)).toEqual([['tag-after', speaker]]);
  });

  it('the bracket before a quotation is not read: the quotation sits in the reported clause (control)', () => {
    const [[, speaker]] = rules(
      'Rep. Tim Shaw (R-Ohio) said Anna Price told members to be "fully united." The vote is on Friday.',
    ) as [[string, string | null]];
    expect(speaker).not.toBe('Tim Shaw');
  });
});

describe('an inverted tag whose long appositive names a state or a party', () => {
  const body =
    '"Nobody in the county wanted the plant," said former Sen. Paul Ridley, a moderate Kansas Republican who retired after voting for the bill. "In Topeka, that was a hard thing to argue."';

  it('the head names the speaker, and the next quotation continues the run', () => {
    expect(rules(body)).toEqual([
      ['tag-after', 'Paul Ridley'],
      ['run-previous', 'Paul Ridley'],
    ]);
    expect(printed(body)).toEqual(['Paul Ridley', 'Paul Ridley']);
  });

  it('a head that names no one still takes the name in the appositive (control)', () => {
    expect(
      rules('"We will not close the library," said the chairman of the transport committee, Labour MP Tom Hale.'),
    ).toEqual([['tag-after', 'Tom Hale']]);
  });
});

describe("a run of quotations past a title quoted in the tag's own sentence", () => {
  it("the next sentence's quotation continues the speaker", () => {
    expect(
      rules('"The plan is a disaster," Mr. Olsen told the radio show "Drive Time" on Friday. "Nobody has costed it."'),
    ).toEqual([
      ['tag-after', 'Olsen'],
      ['tag-before', 'Olsen'],
      ['run-previous', 'Olsen'],
    ]);
  });

  it("a fragment quoted in a later sentence is the reporter's and ends the run (control)", () => {
    const routes = rules(
      '"The plan is a disaster," Gov. Anna Price said. Critics called the plan "a fantasy." "It cannot be funded at all."',
    );
    expect(routes[2]).toEqual(['none', null]);
  });
});
