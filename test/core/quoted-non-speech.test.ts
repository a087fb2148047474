import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { quotesBeforeAcceptance } from '../support/quotes-before-acceptance';

function quotes(body: string): Quote[] {
  return analyzeArticle(`Headline\n\n${body}`).quotes;
}

const texts = (body: string): string[] => quotes(body).map((q) => q.text);
/** What the rules report, before the acceptance model judges the spans no one is credited with. */
const ruleTexts = (body: string): string[] => quotesBeforeAcceptance(body).map((q) => q.text);

describe('quoted spans that are not speech (issue 11, quote precision on PolNeAR)', () => {
  it('reads an opening curly mark set where the closer belongs as the closer', () => {
    const body =
      'He called Mexican immigrants “criminals” and “rapists“ while calling to erect a border wall. ' +
      '“We will build it,” Trump said on Monday.';
    const found = texts(body);
    expect(found.some((t) => t.startsWith('while calling'))).toBe(false);
    const quote = quotes(body).find((q) => q.text.startsWith('We will build it'));
    expect(quote?.speaker).toBe('Trump');
  });

  it('keeps a quote with a link after it: the link does not make it a linked excerpt', () => {
    for (const [site, link] of [
      ['Instagram', 'https://www.instagram.com/p/abc123/'],
      ['Facebook', 'https://www.facebook.com/janedoe/posts/1'],
    ]) {
      const body = `Senator Jane Doe posted a video statement on ${site}.\n\n"I will not be running for re-election next year." ${link}`;
      expect(quotes(body).map((q) => [q.text, q.speaker])).toEqual([
        ['I will not be running for re-election next year.', 'Jane Doe'],
      ]);
    }
    expect(texts('Trump wrote on Twitter: "Crooked Hillary is at it again!" https://t.co/x1y2z3')).toEqual([
      'Crooked Hillary is at it again!',
    ]);
  });

  it('reads titles listed after a title as titles, not quotes', () => {
    const body =
      'Howard, who had roles in "How the Grinch Stole Christmas," "Apollo 13," and "Austin Powers: The Spy Who Shagged Me," had no praise for Clinton.';
    expect(texts(body)).toEqual([]);
    expect(
      texts("Howard had roles in 'How the Grinch Stole Christmas,' 'Apollo 13,' and 'Austin Powers,' among others."),
    ).toEqual([]);
    // A list of title-cased chants with no title before it stays speech.
    expect(
      ruleTexts('The crowd chanted "Lock Her Up," "Build the Wall," and "Drain the Swamp," as Trump spoke.'),
    ).toEqual(['Lock Her Up,', 'Build the Wall,', 'Drain the Swamp,']);
  });

  it('reads a few quoted words in a sentence where no one speaks as the reporter’s term', () => {
    expect(
      texts('More than 1,500 employees were working full time as part of a "launch team" set to prepare.'),
    ).toEqual([]);
    expect(texts('Facebook had activated its "safety check" feature for people in Nice.')).toEqual([]);
  });

  it('keeps the same few words as speech when a cue, a tag or a speaker claims them', () => {
    // A cue in the sentence: the annotators' attribution.
    expect(texts('Sanders called the plan a "launch team" for failure.')).toEqual(['launch team']);
    // A tag next to the quote.
    expect(texts('"Launch team," Anna Berg said.')).toEqual(['Launch team,']);
    // A sentence end: a short utterance, not a term.
    expect(texts('The crowd roared back: "Never again!"')).toEqual(['Never again!']);
  });

  it('keeps a short quote that ends its sentence or clause, stands alone or follows a frame', () => {
    // The reviewer's cases (British style puts the stop outside the mark): none is a reporter's term.
    const cases: Array<[string, string[]]> = [
      ['"Not going anywhere". Mr Johnson was defiant on Tuesday night.', ['Not going anywhere']],
      ['"No comment" was the response from the White House.', ['No comment']],
      ['His answer to the question was "Not today".', ['Not today']],
      ['It was "a complete disaster". That was the verdict of Labour\'s Jeremy Corbyn.', ['a complete disaster']],
      ['The prime minister was adamant. "No deal".', ['No deal']],
      ['The minister was curt. "Wait and see".', ['Wait and see']],
      ['Protesters outside were chanting "Lock her up."', ['Lock her up.']],
      ['Protesters outside were chanting "Lock her up".', ['Lock her up']],
      ['Crowds were chanting "Not my president".', ['Not my president']],
      ["Crowds were chanting 'Not my president'.", ['Not my president']],
      ['Marchers were chanting "We are Orlando" and "Disarm hate."', ['We are Orlando', 'Disarm hate.']],
      ['There were calls of "Love you, Bernie" as he passed by.', ['Love you, Bernie']],
      ['She waved it around, mouthing "thank you" toward the audience.', ['thank you']],
    ];
    for (const [body, expected] of cases) expect(ruleTexts(body), body).toEqual(expected);
  });

  it('reads a term in British single quotes as it does in double quotes', () => {
    expect(
      texts("More than 1,500 employees were working full time as part of a 'launch team' set to prepare."),
    ).toEqual([]);
  });

  it("reads a digest's excerpt after a headline and its byline as the linked piece's copy, not speech", () => {
    const body =
      'ON STAGE—"Harbor theater names a new artistic director," by the Globe\'s Maria Ostrander: "The Harbor Theater ' +
      'named Lena Voss its artistic director on Tuesday, ending a search that lasted a year."';
    expect(texts(body)).toEqual([]);
    // A quotation that a speaker's colon opens after an ordinary quote stays speech.
    expect(
      quotes(
        '"The Harbor Theater is in good hands," by all accounts, said Lena Voss: "We start rehearsals in May."',
      ).map((q) => [q.text, q.speaker]),
    ).toEqual([
      ['The Harbor Theater is in good hands,', 'Lena Voss'],
      ['We start rehearsals in May.', 'Lena Voss'],
    ]);
  });

  // Review R56-4: a speech clause between byline and mark, or a tag after the excerpt, names a speaker: speech.
  it.each([
    '"Pier plan sinks," by the Herald\'s Ruth Amos: Harbourmaster Ivo Dane said on Friday: "The pier cannot be saved."',
    '"Pier plan sinks," by the Herald\'s Ruth Amos: "The pier cannot be saved," Harbourmaster Ivo Dane said on Friday.',
  ])('keeps the words of a speaker named next to a digest line: %s', (body) => {
    const found = quotes(body);
    expect(found.map((q) => q.text.replace(/[,.]$/, ''))).toEqual(['The pier cannot be saved']);
    expect(found[0]?.speaker).toMatch(/\bIvo Dane$/);
  });
});
