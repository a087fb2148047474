import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanArticle } from '../../src/core/clean-article';
import { type FindQuotesOptions, findQuotes } from '../../src/core/find-quotes';
import ranker from '../../src/core/models/speaker-ranker.json' with { type: 'json' };
import { type AcceptanceModel, KEEP_EVERY_SPAN, QUOTE_ACCEPTANCE } from '../../src/core/quote-acceptance';
import { ACCEPTANCE_FEATURES } from '../../src/core/quote-acceptance-features';
import { normalizeQuoteMarks } from '../../src/core/quote-marks';
import type { SpeakerModel } from '../../src/core/speaker-ranker';
import { cueRates } from '../../src/core/speech-cues';
import { splitSentences } from '../../src/core/split-sentences';

function quotesWith(body: string, acceptance: AcceptanceModel): Quote[] {
  const article = cleanArticle(`Headline\n\n${body}`, {});
  return findQuotes(normalizeQuoteMarks(splitSentences(article)), article.title, { acceptance });
}

/** A model that rejects every span it judges: what it cannot touch survives it. */
const REJECT_ALL: AcceptanceModel = { ...QUOTE_ACCEPTANCE, threshold: 1.01 };

const pairs = (quotes: Quote[]): Array<[string, string | null]> => quotes.map((q) => [q.text, q.speaker]);

describe('quote acceptance (issue 11: what the annotation counts as a direct quote)', () => {
  it('never judges a quotation with a speech tag or a named speaker: a brief keeps all it can show', () => {
    const body = [
      'Spicer was asked whether the White House was worried.',
      'Spicer responded, "Nope."',
      'Mayor Ann Lee spoke on Monday.',
      '"We will rebuild the bridge by spring," she said.',
      'Asked about the cost, Paul Ek replied: "No comment."',
    ].join('\n\n');
    const expected: Array<[string, string | null]> = [
      ['Nope.', 'Spicer'],
      ['We will rebuild the bridge by spring,', 'Ann Lee'],
      ['No comment.', 'Paul Ek'],
    ];
    expect(pairs(quotesWith(body, REJECT_ALL))).toEqual(expected);
    expect(pairs(analyzeArticle(`Headline\n\n${body}`).quotes)).toEqual(expected);
  });

  it('drops a chant no one is credited with, which the rules alone report', () => {
    const chant = 'The crowd chanted all night.\n\n"no new tolls"\n\nThe results came in after midnight.';
    expect(pairs(quotesWith(chant, KEEP_EVERY_SPAN))).toEqual([['no new tolls', null]]);
    expect(analyzeArticle(`Headline\n\n${chant}`).quotes).toEqual([]);
  });

  it('keeps an exclamation standing alone in its paragraph: a full sentence someone said', () => {
    const body = 'The crowd was loud.\n\n"Nooooo!"\n\nThe results came in after midnight.';
    expect(pairs(quotesWith(body, REJECT_ALL))).toEqual([['Nooooo!', null]]);
  });

  // House styles where the speaker is named outside the quote's own paragraph, or not at all.
  const speechAlone: Array<[string, string, string]> = [
    [
      'NYT: the speaker introduced the paragraph before',
      'Ms. Lee, 54, a nurse from Queens, was blunt.\n\n"They never listened to us. Not once."',
      'They never listened to us. Not once.',
    ],
    [
      'BBC: a stand-alone quote paragraph after the reported speech',
      'Dr Ann Lee, of the University of Leeds, said the results were clear.\n\n"We have seen a big drop in cases."\n\nThe trial ends in May.',
      'We have seen a big drop in cases.',
    ],
    [
      'the speaker named in the next paragraph',
      '"We will rebuild every home that was lost, and we will do it this year."\n\nThat promise from the housing minister, Ann Lee, came hours after the flood.',
      'We will rebuild every home that was lost, and we will do it this year.',
    ],
    [
      'a bare reply after the question',
      'Asked whether the council would resign, a spokesman for the mayor was brief.\n\n"No comment."\n\nThe vote is on Friday.',
      'No comment.',
    ],
  ];
  it.each(speechAlone)('keeps a clause or sentence standing alone in its paragraph (%s)', (_, body, text) => {
    // Never judged: even a model that rejects every span it reads keeps it.
    expect(pairs(quotesWith(body, REJECT_ALL)).map(([t]) => t)).toContain(text);
    expect(pairs(analyzeArticle(`Headline\n\n${body}`).quotes).map(([t]) => t)).toContain(text);
  });

  it("still judges a reporter's term in a sentence (titles and slogans never reach the model)", () => {
    const body = [
      'The council called the plan a "hard landing" for the town.',
      'She read "The Art of the Deal" twice.',
      'Supporters waved "Build the Bridge" banners outside.',
    ].join('\n\n');
    expect(pairs(quotesWith(body, KEEP_EVERY_SPAN))).toEqual([['hard landing', null]]);
    expect(quotesWith(body, REJECT_ALL)).toEqual([]);
  });

  it('keeps an unattributed clause inside a sentence whose verb says someone spoke', () => {
    const body =
      'Officials met on Friday.\n\nThe minister warned that "we will not pay twice for the same road" before leaving.';
    expect(pairs(analyzeArticle(`Headline\n\n${body}`).quotes).map(([text]) => text)).toEqual([
      'we will not pay twice for the same road',
    ]);
  });

  it('ships a model fitted on the features the engine computes, with a probability as threshold', () => {
    expect(QUOTE_ACCEPTANCE.features).toEqual([...ACCEPTANCE_FEATURES]);
    expect(QUOTE_ACCEPTANCE.weights).toHaveLength(ACCEPTANCE_FEATURES.length);
    expect(QUOTE_ACCEPTANCE.threshold).toBeGreaterThan(0);
    expect(QUOTE_ACCEPTANCE.threshold).toBeLessThan(1);
  });

  it('reads the cue table and the speaker ranker it is given, as each fold of the quote trainer needs', () => {
    const observed = (body: string, options: FindQuotesOptions): Array<[string, number[]]> => {
      const article = cleanArticle(`Headline\n\n${body}`, {});
      const seen: Array<[string, number[]]> = [];
      const observe: FindQuotesOptions['observe'] = (span) => seen.push([span.text, span.features]);
      findQuotes(normalizeQuoteMarks(splitSentences(article)), article.title, { ...options, observe });
      return seen;
    };
    const term = 'More than 1,500 employees were working full time as part of a "launch team" set to prepare.';
    // No word of the sentence is a cue in the shipped table: the term never reaches the model.
    expect(observed(term, { acceptance: KEEP_EVERY_SPAN })).toEqual([]);
    const cue = ACCEPTANCE_FEATURES.indexOf('cue-in-sentence');
    const after = ACCEPTANCE_FEATURES.indexOf('cue-just-after');
    for (const rate of [0.6, 0.9]) {
      const spans = observed(term, { acceptance: KEEP_EVERY_SPAN, cues: cueRates({ prepare: rate }) });
      expect(spans.map(([text, f]) => [text, f[cue], f[after]])).toEqual([['launch team', rate, rate]]);
    }
    const tagged = '"We will rebuild the bridge by spring," Mayor Ann Lee said on Monday.';
    expect(pairs(quotesWith(tagged, QUOTE_ACCEPTANCE))).toEqual([['We will rebuild the bridge by spring,', 'Ann Lee']]);
    // A ranker that is never confident enough names no one.
    const doubting: SpeakerModel = { ...(ranker as SpeakerModel), threshold: 2, overrideThreshold: 2 };
    const article = cleanArticle(`Headline\n\n${tagged}`, {});
    const quotes = findQuotes(normalizeQuoteMarks(splitSentences(article)), article.title, { speakerModel: doubting });
    expect(pairs(quotes)).toEqual([['We will rebuild the bridge by spring,', null]]);
  });

  it('refuses a model trained on other features rather than weigh the wrong numbers', () => {
    const stale: AcceptanceModel = { features: ['bias'], weights: [1], threshold: 0.5 };
    expect(() => quotesWith('"We will," Ann Lee said.', stale)).toThrow(/train:quotes/);
  });
});
