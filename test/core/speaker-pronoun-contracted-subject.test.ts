import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const speakers = (paragraphs: string[]): Array<string | null> =>
  analyzeArticle(`Headline\n\n${paragraphs.join('\n\n')}`).quotes.map((q) => q.speaker ?? null);

/**
 * Whom a "he said" means when the sentence before opens on "<Name>'s been …" (issue 11, precision): the "'s" is a
 * contracted "has"/"is", so the name is that clause's subject, not a possessor, and it outweighs the man the clause is
 * about. The shape is a PolNeAR train pronoun quotation pron36 read ("Christie's been making the case for weeks that
 * Rubio isn't ready"); the copy is written for the test, in US and British house styles.
 */
describe('a name whose "\'s" is a contracted verb', () => {
  it('is the subject a later "he said" takes up (US style)', () => {
    const quotes = speakers([
      'Senator Ray Dunmore lit into Governor Phil Acker at the forum on Tuesday. Dunmore’s been saying for months that Acker cannot balance a budget. “You have never once closed a deficit,” he said.',
    ]);
    expect(quotes).toEqual(['Ray Dunmore']);
  });

  it('is the subject in British style too ("Mr Dunmore\'s not …")', () => {
    const quotes = speakers([
      "Ray Dunmore lit into Phil Acker at the hustings on Tuesday. Mr Dunmore's not convinced that Mr Acker can balance a budget. 'You have never once closed a deficit,' he said.",
    ]);
    expect(quotes).toEqual(['Ray Dunmore']);
  });

  it('control: a possessor before a noun still weighs as a possessor', () => {
    const quotes = speakers([
      'Senator Ray Dunmore lit into Governor Phil Acker at the forum on Tuesday. Dunmore’s campaign has been saying for months that Acker cannot balance a budget. “I have balanced six of them,” he said.',
    ]);
    expect(quotes).toEqual(['Phil Acker']);
  });

  it('control: with one man in reach the contracted name is his either way', () => {
    const quotes = speakers([
      'Ray Dunmore spoke at the forum on Tuesday. Dunmore’s been saying for months that the budget is too big. “We can do better,” he said.',
    ]);
    expect(quotes).toEqual(['Ray Dunmore']);
  });
});
