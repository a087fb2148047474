import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { blankPartyLabels } from '../../src/core/party-label';
import { tagAfter, tagBefore } from '../../src/core/quote-tags';
import { splitSentences } from '../../src/core/split-sentences';

const ruleSpeakers = (body: string): Array<string | null> =>
  attributeQuotes(splitSentences(cleanArticle(`Headline\n\n${body}`, {}))).items.map(
    (item) => item.speaker?.name ?? null,
  );

describe('a party and state label between the name and the verb', () => {
  it('blanks the label and keeps every offset', () => {
    const text = 'Rep. Dana Holt (D-N.Y.) said';
    const blanked = blankPartyLabels(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.indexOf('said')).toBe(text.indexOf('said'));
    expect(blanked).not.toContain('(');
    // A parenthesis that is no party label stays.
    expect(blankPartyLabels('the agency (which declined comment) said')).toBe(
      'the agency (which declined comment) said',
    );
  });

  it('reads the tag after the quotation past the label', () => {
    expect(tagAfter(', Sen. Dana Holt (D-N.Y.) said Tuesday.', 0)).toMatchObject({ text: 'Sen. Dana Holt' });
    expect(tagAfter(', Dana Holt (R) told reporters.', 0)).toMatchObject({ text: 'Dana Holt' });
    expect(tagAfter(', Gov. Dana Holt (R-Texas), said.', 0)).toMatchObject({ text: 'Gov. Dana Holt' });
    expect(tagAfter(', Majority Leader Dana Holt, R-Ky., said Tuesday.', 0)).toMatchObject({
      text: 'Majority Leader Dana Holt',
    });
  });

  it('reads the tag before the quotation past the label and its comma', () => {
    expect(tagBefore('Gov. Dana Holt (R-OH), said, ', 0)).toMatchObject({ text: 'Gov. Dana Holt' });
    expect(tagBefore('After the vote, Rep. Dana Holt (I-Vt.) said ', 0)).toMatchObject({ text: 'Rep. Dana Holt' });
  });
});

describe('manner-of-speaking verbs in a tag next to the quotation', () => {
  it.each(['charged', 'fumed', 'remembered', 'pressed', 'opined'])('reads "%s" as a tag verb', (verb) => {
    expect(tagAfter(`, Marla Quinn ${verb} on Tuesday.`, 0)).toMatchObject({ text: 'Marla Quinn' });
    expect(tagAfter(`, ${verb} Marla Quinn, a former aide.`, 0)).toMatchObject({ text: 'Marla Quinn' });
  });
});

describe('reporter words that carry the quotation on, then an inverted tag', () => {
  it('names the speaker after the verb, not a name inside the reporter words', () => {
    expect(tagAfter(' that Lowe can still catch Marsh, said Tom Reyes, a campaign adviser.', 0)).toMatchObject({
      text: 'Tom Reyes',
    });
    expect(tagAfter(' but to lead the advertising, says Tom Reyes.', 0)).toMatchObject({ text: 'Tom Reyes' });
    // A tag after the quotation's own comma keeps its subject before the verb.
    expect(tagAfter(', Tom Reyes, a campaign adviser, said Tuesday.', 0)).toMatchObject({
      text: 'Tom Reyes, a campaign adviser',
    });
    expect(tagAfter(' for the party, he said.', 0)).toMatchObject({ kind: 'pronoun', word: 'he' });
    // After a quotation closed by its own mark, the words that follow are the tag's subject.
    expect(tagAfter(' an aide, who was not allowed to speak, told the Ledger.', 0)).toMatchObject({ text: 'an aide' });
    // The verb that opens a clause is no inverted tag: "the days" is what was said.
    expect(tagAfter(' about the spread of rumours, said the days when papers ruled are gone.', 0)).not.toMatchObject({
      text: 'the days',
    });
  });
});

describe('the quotation after a tag these readings reach', () => {
  it.each([
    [
      'a party label',
      '"If the agency did nothing wrong, it has nothing to fear," Sen. Dana Holt (D-N.Y.) said Tuesday. "If it did, it should pay."',
      'Dana Holt',
    ],
    [
      'a manner-of-speaking verb',
      '"The plan was never going to work," remembered Marla Quinn, the board\'s former spokeswoman. "And the more we pushed, the worse it got."',
      'Marla Quinn',
    ],
  ])('takes the speaker of the tag before it (%s)', (_shape, paragraph, speaker) => {
    expect(ruleSpeakers(`The hearing ran late on Tuesday. ${paragraph}`)).toEqual([speaker, speaker]);
  });
});
