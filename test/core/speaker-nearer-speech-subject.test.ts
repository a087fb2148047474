import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

const LEAD = 'Ted Cruz spoke in Detroit on Thursday. Marco Rubio spoke there too. So did Donald Trump.';

/** The rules' speaker and route of the quotation starting `start` (before the ranker weighs them). */
function rules(body: string, start: string): [string | undefined, string] {
  const { items } = attributeQuotes(splitSentences(cleanArticle(`Headline\n\n${LEAD}\n\n${body}`, {})));
  const item = items.find((i) => i.text.startsWith(start));
  if (!item) throw new Error(`no quotation starting "${start}"`);
  return [item.speaker?.name, item.route];
}

/** The speaker the engine prints for it. */
function printed(body: string, start: string): string | null | undefined {
  return analyzeArticle(`Headline\n\n${LEAD}\n\n${body}`).quotes.find((q) => q.text.startsWith(start))?.speaker;
}

describe('a later speaker between a sentence’s reported speech and the quotation', () => {
  it('takes words quoted after "while X said that", not the sentence’s first speaker', () => {
    const body =
      'Rubio suggested that someone who dodges questions cannot lead, while Cruz said that the "stakes in this election are too high" for that.';
    expect(rules(body, 'stakes')).toEqual(['Ted Cruz', 'fragment-speech']);
    expect(printed(body, 'stakes')).toBe('Ted Cruz');
  });

  it('takes words quoted after a fronted clause with its own speech verb', () => {
    const body =
      'After Trump argued that Medicare should be propped up with money saved abroad, Rubio said only that his \u201cnumbers don\u2019t add up.\u201d';
    expect(rules(body, 'numbers')).toEqual(['Marco Rubio', 'clause-speech']);
  });

  it('leaves the reporting subject a name inside the reported clause that is not a speaker', () => {
    // Controls: "Trump is" is no speech verb, and a possessive never speaks.
    const clause = 'Cruz argued that Trump is "a danger to the country" and must be stopped.';
    expect(rules(clause, 'a danger')[0]).toBe('Ted Cruz');
    const possessive = 'Rubio said that Trump\u2019s plan was "a disaster for the country" and would fail.';
    expect(rules(possessive, 'a disaster')[0]).toBe('Marco Rubio');
  });

  it('leaves the reporting subject a speaker inside a comma-closed relative aside (review s27 B-sp36-1)', () => {
    const aside = 'Trump said the deal, which Rubio said was fair, was "a total joke" and should be scrapped.';
    expect(printed(aside, 'a total joke')).toBe('Donald Trump');
  });
});
