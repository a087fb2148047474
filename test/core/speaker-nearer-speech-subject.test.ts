import { describe, expect, it } from 'vitest';
import { printedSpeaker, speakerRules } from './speaker-rules';

describe('a later speaker between a sentence’s reported speech and the quotation', () => {
  it('takes words quoted after "while X said that", not the sentence’s first speaker', () => {
    const body =
      'Rubio suggested that someone who dodges questions cannot lead, while Cruz said that the "stakes in this election are too high" for that.';
    expect(speakerRules(body, 'stakes')).toEqual(['Ted Cruz', 'fragment-speech']);
    expect(printedSpeaker(body, 'stakes')).toBe('Ted Cruz');
  });

  it('takes words quoted after a fronted clause with its own speech verb', () => {
    const body =
      'After Trump argued that Medicare should be propped up with money saved abroad, Rubio said only that his \u201cnumbers don\u2019t add up.\u201d';
    expect(speakerRules(body, 'numbers')).toEqual(['Marco Rubio', 'clause-speech']);
  });

  it('leaves the reporting subject a name inside the reported clause that is not a speaker', () => {
    // Controls: "Trump is" is no speech verb, and a possessive never speaks.
    const clause = 'Cruz argued that Trump is "a danger to the country" and must be stopped.';
    expect(speakerRules(clause, 'a danger')[0]).toBe('Ted Cruz');
    const possessive = 'Rubio said that Trump\u2019s plan was "a disaster for the country" and would fail.';
    expect(speakerRules(possessive, 'a disaster')[0]).toBe('Marco Rubio');
  });

  it('leaves the reporting subject a speaker inside a comma-closed relative aside (review s27 B-sp36-1)', () => {
    const aside = 'Trump said the deal, which Rubio said was fair, was "a total joke" and should be scrapped.';
    expect(printedSpeaker(aside, 'a total joke')).toBe('Donald Trump');
  });
});
