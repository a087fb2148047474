import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { normalizeQuoteMarks } from '../../src/core/quote-marks';
import { splitSentences } from '../../src/core/split-sentences';

const article = (body: string): string => `Pool plans\n\nThe council met on Tuesday.\n\n${body}`;

/** What the rules (before the ranker) give each quotation: route and speaker. */
const rules = (body: string): Array<[string, string | null]> =>
  attributeQuotes(normalizeQuoteMarks(splitSentences(cleanArticle(article(body), {})))).items.map((item) => [
    item.route,
    item.speaker?.name ?? null,
  ]);
const printed = (body: string): Array<string | null> => analyzeArticle(article(body)).quotes.map((q) => q.speaker);

/** Issue 11, session 34: a quotation that is a paragraph by itself, its speaker the previous paragraph's subject. */
describe('a stand-alone quotation paragraph after a paragraph whose subject speaks', () => {
  it.each([
    [
      'Mayor Ann Kirby elaborated in a letter to the council that the budget for the coming year had run dry.\n\n"We cannot pay for a new pool this year. The money has gone on the roads."',
      'Ann Kirby',
    ],
    [
      'After the vote on the harbour, Governor Lena Park issued the following statement:\n\n"This is a good day for the fishing towns of the coast. We kept our word to them."',
      'Lena Park',
    ],
  ])('%s', (body, speaker) => {
    expect(rules(body)).toEqual([['speech-before', speaker]]);
  });

  it('the speaker is printed', () => {
    expect(
      printed(
        'Mayor Ann Kirby elaborated in a letter to the council that the budget for the coming year had run dry.\n\n"We cannot pay for a new pool this year. The money has gone on the roads."',
      ),
    ).toEqual(['Ann Kirby']);
  });
});

describe('stand-alone quotation paragraphs the previous subject did not say (controls)', () => {
  it('an answer to a quoted question', () => {
    expect(rules('"Do we build the pool or fix the roads?" Mayor Ann Kirby asked.\n\n"Fix the roads!"')).toEqual([
      ['tag-after', 'Ann Kirby'],
      ['none', null],
    ]);
  });

  it('a subject whose verb is no speech verb', () => {
    expect(
      rules(
        'When Tom Reed retired from the council in 1998, his deputy took over the budget.\n\n"We cannot pay for a new pool this year. The money has gone on the roads."',
      ),
    ).toEqual([['none', null]]);
  });

  it('a quotation that names the subject', () => {
    expect(
      rules(
        'Mayor Ann Kirby elaborated on the plan at the meeting.\n\n"Kirby has no idea what a pool costs. Nobody on the council does."',
      ),
    ).toEqual([['none', null]]);
  });

  // Review s34 B-none47-1 and B-main-64: the subject refused to speak, or asked the question the quotation answers.
  it.each([
    'Mr Hale declined to comment when approached by reporters on Monday.\n\n"The people of this town deserve the truth about the pool."',
    'Ms. Reid asked the chief constable whether officers had been disciplined.\n\n"Three officers have been suspended. More may follow."',
  ])('a refusal or a reported question: %s', (body) => {
    expect(rules(body)).toEqual([['none', null]]);
  });
});

/** Issue 11, session 52 (PolNeAR train's "The Clinton Foundation describes itself in the following way:"). */
describe('a colon lead-in between earlier reported speech and a stand-alone quotation', () => {
  const source =
    'One council source said auditors would be "furious" if no charge were brought because "smaller cases have gone to court on far less."';
  const quote = '"We keep the water clean and the boats moving. Every fee we take goes back into the harbour."';
  it('keeps the earlier speaker off the quotation the lead-in introduces', () => {
    expect(
      printed(`${source}\n\nThe Harbour Trust describes itself in the following way:\n\n${quote}`).at(-1),
    ).toBeNull();
  });
  it('still carries the earlier speech past a sentence that introduces nothing (control)', () => {
    expect(printed(`${source}\n\nIt is not the first such case.\n\n${quote}`).at(-1)).toBe('one council source');
  });
});
