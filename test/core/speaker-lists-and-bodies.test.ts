import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 55 (sp68): issue 11's open shapes — lists of speakers, a pair sharing an appositive, "it added" after a
// body whose name ends in "s". Invented copy of each shape.

const read = (body: string) => analyzeArticle(`Harbour news in brief\n\n${body}`);
const quoteSpeakers = (body: string): Array<string | null> => read(body).quotes.map((q) => q.speaker);

describe('three people or more listed as the speakers credit no one of them', () => {
  // Session 62 (sp77): a tag right after the quotation whose whole subject lists three or four named people credits
  // all of them, as a pair is credited (joint-speaker.ts; test/core/joint-speaker-list.test.ts).
  it.each([
    '"The rules are failing families," Maria Lopez, Dan Whitfield and Omar Greer wrote in a letter to the agency.',
    '"The rules are failing families," Maria Lopez, Dan Whitfield, and Omar Greer said.',
  ])('credits all three: %s', (body) => {
    expect(quoteSpeakers(body).at(-1)).toBe('Maria Lopez, Dan Whitfield and Omar Greer');
  });

  it.each([
    'Maria Lopez, Dan Whitfield and Omar Greer wrote in a letter to the agency that the rules "are failing families."',
    'Maria Lopez, Dan Whitfield and Omar Greer sit on the board.\n\n"The rules are failing families," Lopez, Whitfield and Greer wrote.',
  ])('%s', (body) => {
    expect(quoteSpeakers(body).at(-1)).toBeNull();
  });

  it('keeps the quotation of a listed name the sentence gives a verb of its own (control)', () => {
    const body =
      'Maria Lopez, Dan Whitfield and Omar Greer wrote to the agency, and Greer said the rules "are failing families."';
    expect(quoteSpeakers(body).at(-1)).toBe('Omar Greer');
  });
});

describe('a pair of speakers with an appositive both share ("…, both Democrats, said")', () => {
  it('credits the pair of full names', () => {
    const body = '"We will not back down," Anna Greer and Tom Halvorsen, both Democrats, said on Tuesday.';
    expect(quoteSpeakers(body)).toEqual(['Anna Greer and Tom Halvorsen']);
  });

  it('credits the pair of surnames the copy has named in full', () => {
    const body =
      'Anna Greer and Tom Halvorsen sit on the harbour board.\n\n' +
      '"We will not back down," Greer and Halvorsen, both Democrats, said on Tuesday.';
    expect(quoteSpeakers(body).at(-1)).toBe('Anna Greer and Tom Halvorsen');
  });

  it('makes no speaker of two groups joined by "and" (control)', () => {
    expect(quoteSpeakers('"The levy is unfair," Democrats and Republicans said.')).toEqual([null]);
  });
});

describe('"it added" after a body whose name ends in "s" (Acme Holdings, General Motors)', () => {
  it.each([
    'Acme Holdings said on Monday that it would close the plant.\n\n"No jobs will be lost this year," it added.',
    'Acme Holdings said on Monday that it would close the plant.\n\nIt added that "no jobs will be lost this year."',
  ])('%s', (body) => {
    expect(quoteSpeakers(body).at(-1)).toBe('Acme Holdings');
  });

  it('reads no "it" as a plural description (control)', () => {
    const body = 'The protesters said on Monday that the plant must close.\n\n"No jobs are safe," it added.';
    expect(quoteSpeakers(body).at(-1)).toBeNull();
  });

  // Review R56-1: a party caucus or demonym after a body word ("House", "Senate") is a "they", never the "it".
  it.each([
    [
      'The Harbour Ethics Committee published its findings on Friday.\n\nCouncil Democrats demanded a hearing.\n\n"The councillor broke the rules," it said.',
      'Harbour Ethics Committee',
    ],
    [
      'The Zoning Board met on Tuesday.\n\nAssembly Republicans walked out.\n\n"The permit is void," it said in a statement.',
      'Zoning Board',
    ],
  ])('credits the body, not the nearer party caucus: %s', (body, speaker) => {
    expect(quoteSpeakers(body).at(-1)?.replace(/^the /i, '')).toBe(speaker);
  });
});
