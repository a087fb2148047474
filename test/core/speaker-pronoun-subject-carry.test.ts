import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

/** The rules' speaker of the quotation starting `start` (before the ranker weighs it). */
function rules(article: string, start: string): string | undefined {
  const { items } = attributeQuotes(splitSentences(cleanArticle(`Headline\n\n${article}`, {})));
  const item = items.find((i) => i.text.startsWith(start));
  if (!item) throw new Error(`no quotation starting "${start}"`);
  return item.speaker?.name;
}

/** The speaker the engine prints for it. */
function printed(article: string, start: string): string | null | undefined {
  return analyzeArticle(`Headline\n\n${article}`).quotes.find((q) => q.text.startsWith(start))?.speaker;
}

describe('a "he"/"she" subject carries its person to the next pronoun tag (issue 11, review B-main-5)', () => {
  it('gives "she said" to the woman the paragraph is about, not a woman named as an object since', () => {
    const article =
      'Hillary Clinton campaigned in Los Angeles on Monday.\n\n' +
      'Sarah Lopez, a volunteer from Hemet, is among those who say they will not back Clinton. ' +
      'It was the first time she had been involved, and she doesn\u2019t think Clinton can address the issues.\n\n' +
      '\u201cI will vote for the candidate that best represents my views,\u201d she said.';
    expect(rules(article, 'I will vote')).toBe('Sarah Lopez');
    expect(printed(article, 'I will vote')).not.toBe('Hillary Clinton');
  });

  it('gives "he said" to the man a "He …" sentence continues, not a man that sentence names later', () => {
    const article =
      'Ban Ki-moon also kept a spotlight on the issue. ' +
      'He is the only leader to have seen the melting ice of Greenland, and Al Gore joined him there.\n\n' +
      '\u201cI am not a scientist, but I have seen it,\u201d he said.';
    expect(rules(article, 'I am not a scientist')).toBe('Ban Ki-moon');
  });

  it('leaves "he said" to a man named as subject after the pronoun sentence (control)', () => {
    const article =
      'Ban Ki-moon spoke at the summit. He praised the plan.\n\n' +
      'Al Gore agreed with the plan on Tuesday.\n\n' +
      '\u201cIt is a good start,\u201d he said.';
    expect(rules(article, 'It is a good start')).toBe('Al Gore');
  });
});
