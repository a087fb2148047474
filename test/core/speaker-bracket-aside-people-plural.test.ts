import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Ferry contract in brief\n\n${body}`).quotes.map((q) => q.speaker);

const LEAD =
  'The Kestrel Bay ferry board met on Monday to choose who runs the winter crossings.\n\n"The old boats must go" before the storms come, insisted Gwen Harrow, the board chair.\n\n';

/** Review B-r42-4: an aside in brackets after the tag's subject is read as one between dashes. */
describe('a tag after the quotation with an aside in brackets', () => {
  it('reads the subject before the bracketed aside', () => {
    expect(
      quoteSpeakers(`${LEAD}"We priced every crossing twice," the harbour clerk (who ran the tender) told reporters.`),
    ).toEqual(['Gwen Harrow', 'the harbour clerk']);
  });

  it('reads through a bracketed aside that holds a speech verb', () => {
    expect(
      quoteSpeakers(
        `${LEAD}"We priced every crossing twice," the harbour clerk (who said she had doubts) told reporters.`,
      ),
    ).toEqual(['Gwen Harrow', 'the harbour clerk']);
  });

  it('keeps a name with a bracketed note (control)', () => {
    expect(quoteSpeakers(`${LEAD}"We priced every crossing twice," Idris Vane (pictured) said on Tuesday.`)).toEqual([
      'Gwen Harrow',
      'Idris Vane',
    ]);
  });
});

/** Review B-r42-5: a name inside the subject's relative clause is not the subject. */
describe('a tag whose subject holds a relative clause ending on a name', () => {
  it('credits neither the name in the clause nor the earlier speaker', () => {
    expect(
      quoteSpeakers(
        `${LEAD}"We priced every crossing twice," the clerk who ran the tender for Mayor Idris Vane told reporters.`,
      ),
    ).toEqual(['Gwen Harrow', null]);
  });

  it('keeps a named subject with a title (control)', () => {
    expect(quoteSpeakers(`${LEAD}"We priced every crossing twice," Mayor Idris Vane told reporters.`)).toEqual([
      'Gwen Harrow',
      'Idris Vane',
    ]);
  });
});

/** Review B-r42-11: plurals for people that do not end in "-s", read from WordNet. */
describe('a name before a plural for people that WordNet knows', () => {
  const STORY = 'Nadia Okafor, the treasurer, spoke first at the ferry board.\n\n';

  it('gives the quotation to "Okafor staff", a group of persons', () => {
    expect(quoteSpeakers(`${STORY}"The numbers do not add up," Okafor staff said.`)).toEqual(['Okafor staff']);
  });

  it('gives the quotation to "Okafor spokespeople", the plural of "spokesperson"', () => {
    expect(quoteSpeakers(`${STORY}"The numbers do not add up," Okafor spokespeople said.`)).toEqual([
      'Okafor spokespeople',
    ]);
  });

  it('gives the quotation to "Okafor spokesmen", a "-men" plural', () => {
    expect(quoteSpeakers(`${STORY}"The numbers do not add up," Okafor spokesmen said.`)).toEqual(['Okafor spokesmen']);
  });

  it('keeps the person when no plural verb follows the word (control)', () => {
    expect(quoteSpeakers(`${STORY}"The numbers do not add up," Okafor said to staff.`)).toEqual(['Nadia Okafor']);
  });
});
