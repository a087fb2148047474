import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 55, audit 56's B-a56-11: long-form copy names a person by the given name after introducing them in full.
 * The lone given name is that person (quotes and who is who), unless the word is someone else's surname. Copy written for the tests.
 */
const analyzed = (...paragraphs: string[]) =>
  analyzeArticle(['Orchard war in the valley', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
const names = (a: ReturnType<typeof analyzeArticle>) => whoIsWho(a).people.map((p) => p.name);

describe('a lone given name after the full name', () => {
  it('is the one person introduced with that given name', () => {
    const a = analyzed(
      'The first thing Rosalind Achterberg did when she came home was check the pump.',
      'When Rosalind tested it, the water was gone.',
      '"It was just gone," Rosalind said.',
    );
    expect(names(a)).toEqual(['Rosalind Achterberg']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Rosalind Achterberg']);
  });

  it("leaves the word alone when it is also another person's surname", () => {
    const a = analyzed(
      'Rosalind Achterberg did not see it coming, and she said so at the meeting.',
      'Her neighbour, Tilda Rosalind, keeps bees on the ridge.',
      '"It was just gone," Rosalind said.',
    );
    expect(a.quotes.map((q) => q.speaker)).not.toContain('Rosalind Achterberg');
  });

  // Audit 58, B-a58-12: the given name spoken for with an age after it, the full name only in a "led by" phrase.
  it('is the person introduced in full when the copy gives the word an age', () => {
    const a = analyzed(
      'Supporters of a local councillor and a group led by fish farmer Nazmul Hossain Bhuiyan clashed on Monday.',
      '"We were never consulted," said Nazmul, 44.',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Nazmul Hossain Bhuiyan']);
  });
});
