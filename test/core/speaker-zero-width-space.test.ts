import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { visibleText } from '../../src/core/visible-text';

const analyze = (body: string) => analyzeArticle(`Kiln grant row\n\n${body}`);

/**
 * Review B-r41-17: a zero-width space between a name's words ("Carol\u200bQuist", as CMS exports leave them) glued
 * them into one word, and the line and paragraph separators (U+2028, U+2029) were no line breaks to the line reader.
 */
describe('a zero-width space or a line separator in the copy', () => {
  it('reads a zero-width space before a capital as the word boundary it marks', () => {
    const body = '"We will keep the kiln open," said Carol\u200bQuist, who runs it.';
    expect(analyze(body).quotes.map((q) => q.speaker)).toEqual(['Carol Quist']);
  });

  // Review B-r42-10: a CMS breaks inside a name after its short prefix too; that zero-width space joins.
  it('keeps a name broken after a prefix of two letters one word: "Mc\u200bQuist", "De\u200bVries"', () => {
    const body = '"We looked at every bid," said Carol Mc\u200bQuist, the clerk. Anna De\u200bVries agreed.';
    expect(analyze(body).quotes.map((q) => q.speaker)).toEqual(['Carol McQuist']);
    expect(visibleText('the new i\u200bPhone').text).toBe('the new iPhone');
  });

  it('keeps every offset: the sentence still cites the input', () => {
    const text = 'Kiln grant row\n\nCarol\u200bQuist said the kiln would close by spring.';
    const sentence = analyzeArticle(text).sentences.at(-1)!;
    expect(text.slice(sentence.start, sentence.end)).toBe('Carol\u200bQuist said the kiln would close by spring.');
  });

  it('reads U+2028 and U+2029 as line breaks, one unit for one', () => {
    expect(visibleText('one\u2028two\u2029three').text).toBe('one\ntwo\nthree');
  });

  it('still drops a zero-width space inside a word and a word joiner (control)', () => {
    expect(visibleText('co\u200bop Quist\u2060s').text).toBe('coop Quists');
  });
});
