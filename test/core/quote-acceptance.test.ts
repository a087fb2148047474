import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanArticle } from '../../src/core/clean-article';
import { findQuotes } from '../../src/core/find-quotes';
import { type AcceptanceModel, KEEP_EVERY_SPAN, QUOTE_ACCEPTANCE } from '../../src/core/quote-acceptance';
import { ACCEPTANCE_FEATURES } from '../../src/core/quote-acceptance-features';
import { normalizeQuoteMarks } from '../../src/core/quote-marks';
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

  it('drops an exclamation no one is credited with, which the rules alone report', () => {
    const body = 'The crowd was loud.\n\n"Nooooo!"\n\nThe results came in after midnight.';
    expect(pairs(quotesWith(body, KEEP_EVERY_SPAN))).toEqual([['Nooooo!', null]]);
    expect(analyzeArticle(`Headline\n\n${body}`).quotes).toEqual([]);
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

  it('refuses a model trained on other features rather than weigh the wrong numbers', () => {
    const stale: AcceptanceModel = { features: ['bias'], weights: [1], threshold: 0.5 };
    expect(() => quotesWith('"We will," Ann Lee said.', stale)).toThrow(/train:quotes/);
  });
});
