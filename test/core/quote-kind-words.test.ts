import { afterEach, describe, expect, it, vi } from 'vitest';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { findQuotes } from '../../src/core/find-quotes';
import { classifyQuote, namesMediaTitle, namesWorkTitle } from '../../src/core/quote-kind';
import { splitSentences } from '../../src/core/split-sentences';

/** How often the quoted text itself is split into words while `read` runs. */
function splitsOf(text: string, read: () => void): number {
  const split = vi.spyOn(String.prototype, 'split');
  read();
  const count = split.mock.contexts.filter((receiver) => String(receiver) === text).length;
  split.mockRestore();
  return count;
}

afterEach(() => vi.restoreAllMocks());

// Session 45 (B-r44-17): attribute-quotes.ts splits each quote once and hands the words to the three classifiers,
// instead of quote-kind.ts keeping the last quote's words in a module cache.
describe('quote-kind: one quote read by its three classifiers is split into words once', () => {
  it('splits no quote itself when it is handed the words', () => {
    const text = 'We will keep the library open on Sundays,';
    const words = ['We', 'will', 'keep', 'the', 'library', 'open', 'on', 'Sundays,'];
    const count = splitsOf(text, () => {
      expect(classifyQuote(text, 'The mayor said:', ' she added.', true, words)).toBe('utterance');
      expect(namesMediaTitle(text, 'The mayor said:', words)).toBe(false);
      expect(namesWorkTitle(text, 'The mayor said:', ' she added.', true, words)).toBe(false);
    });
    expect(count).toBe(0);
  });

  it('splits a quote once while its paragraph is attributed', () => {
    const text = 'The reading room will stay open until nine,';
    const sentences = splitSentences(cleanArticle(`Library hours\n\n"${text}" the mayor said on Tuesday.`));
    expect(splitsOf(text, () => attributeQuotes(sentences))).toBe(1);
  });

  // Session 61 (perf61): the non-speech judge reads the item's words, and the key-quote choice counts words without
  // splitting; findQuotes split each quote three times.
  it('splits a quote once while the article’s quotes are found, judged and chosen', () => {
    const text = 'The reading room will stay open until nine,';
    const sentences = splitSentences(
      cleanArticle(`Library hours\n\n"${text}" said the mayor, Ada Vellacott, on Tuesday.`),
    );
    let quotes: ReturnType<typeof findQuotes> = [];
    expect(splitsOf(text, () => (quotes = findQuotes(sentences)))).toBe(1);
    expect(quotes.map((q) => [q.speaker, q.key])).toEqual([['Ada Vellacott', true]]);
  });

  it('reads each quote afresh when no words are handed (control)', () => {
    classifyQuote('We will keep the library open on Sundays,', 'The mayor said:', '', true);
    // A short title-cased name after a media cue is a title; the long sentence before it was not.
    expect(namesMediaTitle('Morning Report', 'told the radio programme')).toBe(true);
    expect(namesMediaTitle('We will keep the library open on Sundays,', 'told the radio programme')).toBe(false);
    expect(classifyQuote('Morning Report', 'on the programme', '', false)).toBe('title');
  });
});
