import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { normalizeQuoteMarks } from '../../src/core/quote-marks';
import { splitSentences } from '../../src/core/split-sentences';

const article = (body: string): string => `Harbour plans\n\nThe council met on Tuesday.\n\n${body}`;

/** What the rules (before the ranker) give each quotation: route and speaker. */
const rules = (body: string): Array<[string, string | null]> =>
  attributeQuotes(normalizeQuoteMarks(splitSentences(cleanArticle(article(body), {})))).items.map((item) => [
    item.route,
    item.speaker?.name ?? null,
  ]);

/** Issue 11, session 35: words borrowed into the clause of a subject whose verb is in no tag table. */
describe("a quotation inside the clause of a sentence's speaking subject", () => {
  it.each([
    ['At the harbour meeting, Mayor Ann Kirby called the new pier "a waste."', 'fragment-speech'],
    [
      'Councillor Tom Reed thanked the divers for "going out in the storm when no one else would, and saving the fleet."',
      'clause-speech',
    ],
  ])('%s', (body, route) => {
    const [[gotRoute, speaker]] = rules(body) as [[string, string | null]];
    expect(gotRoute).toBe(route);
    expect(speaker).toMatch(/Kirby|Reed/);
  });
});

describe('quotations the sentence subject did not say (controls)', () => {
  it('a subject whose verb is no speech verb', () => {
    expect(rules('Mayor Ann Kirby walked past a banner that read "Save our harbour."')).toEqual([['none', null]]);
  });

  it('a subject after a possessive mention', () => {
    expect(rules('Ann Kirby\'s deputy, a quiet man, liked the "new pier."')).toEqual([['none', null]]);
  });

  it('a quotation that names the subject', () => {
    expect(rules('Councillor Tom Reed called the leaflet "a smear on Reed and his family."')).toEqual([['none', null]]);
  });

  it('a tagged quotation keeps its tag', () => {
    expect(rules('"The pier is a waste," Mayor Ann Kirby said.')).toEqual([['tag-after', 'Ann Kirby']]);
  });
});

/** Issue 11, session 35: a quotation tagged by a verb in no table that the copy often cues with. */
describe('a tag whose verb only the learned speech rates know', () => {
  it.each([
    ['"The pier will rot in five years," Councillor Tom Reed charged.', 'Tom Reed'],
    ['"Who will pay for the repairs?" Mayor Ann Kirby pressed.', 'Ann Kirby'],
    ['"We had boats lined up to the lighthouse," remembered Tom Reed, a harbour master.', 'Tom Reed'],
  ])('%s', (body, speaker) => {
    expect(rules(body)).toEqual([['tag-after', speaker]]);
  });
});

describe('verbs after a quotation that tag nothing (controls)', () => {
  it('a verb the copy rarely cues with', () => {
    expect(rules('"The pier will rot in five years," Councillor Tom Reed went on.')[0]![0]).not.toBe('tag-after');
  });

  it('a learned verb far from the sentence end', () => {
    expect(
      rules(
        '"Save the pier." Councillor Tom Reed charged the council with neglect of the old harbour wall in May.',
      )[0]![0],
    ).not.toBe('tag-after');
  });
});

/** Issue 11, session 35: a quotation opening its sentence after a sentence of its paragraph whose subject speaks. */
describe('a quotation after a sentence whose subject speaks, in the same paragraph', () => {
  it('takes that subject', () => {
    expect(
      rules(
        'Mayor Ann Kirby praised the lifeboat crew at the harbour on Sunday. "They went out when no one else would."',
      ),
    ).toEqual([['speech-before', 'Ann Kirby']]);
  });

  it('not after a question (control)', () => {
    expect(
      rules('Would Mayor Ann Kirby praise the lifeboat crew at all? "They went out when no one else would."'),
    ).toEqual([['none', null]]);
  });

  it('not after a subject whose verb is no speech verb (control)', () => {
    expect(
      rules('Mayor Ann Kirby walked along the harbour wall on Sunday. "They went out when no one else would."'),
    ).toEqual([['none', null]]);
  });
});

/** Issue 11, session 35: a tag in the next paragraph does not outweigh the previous paragraph's speaking subject. */
describe('a stand-alone quotation paragraph before a tagged quotation in the next paragraph', () => {
  it("keeps the previous paragraph's speaking subject", () => {
    expect(
      rules(
        'Councillor Tom Reed was quick to add that the pier would stay open.\n\n"Closing it? Never."\n\n"Would you sell it, then?" Mayor Ann Kirby asked.',
      ),
    ).toEqual([
      ['speech-before', 'Tom Reed'],
      ['tag-after', 'Ann Kirby'],
    ]);
  });

  it('a run inside one paragraph still takes the next tag (control)', () => {
    expect(rules('"Closing it? Never." "Would you sell it, then?" Mayor Ann Kirby asked.')).toEqual([
      ['run-next', 'Ann Kirby'],
      ['tag-after', 'Ann Kirby'],
    ]);
  });
});

describe('an inverted learned tag needs a name that ends the tag (control)', () => {
  it('a title before a learned verb and its object', () => {
    expect(rules('Jo Hale, star of the show "Harbour Lights," thanked Ann Kirby for the new pier.')[0]![0]).not.toBe(
      'tag-after',
    );
  });
});
