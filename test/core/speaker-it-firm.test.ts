import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 58 (sp71), issue 11: a firm the entities type by its trade word ("… Shipping", "… Haulage") is a body for a
// tag's "it", as a body with an organisation's head word ("Harbour Trust") already was. Invented copy.
const speakerOf = (body: string): string | null | undefined =>
  analyzeArticle(`Port news in brief\n\n${body}`).quotes.at(-1)?.speaker;

describe('an "it" tag after a firm named by its trade', () => {
  it.each([
    ['a trailing tag', 'Corvell Shipping cut 200 jobs on Monday. "We had no choice," it said.'],
    ['a colon tag', 'Corvell Shipping cut 200 jobs on Monday. In a statement, it said: "We had no choice."'],
    [
      'a name in apposition to the subject',
      'The ferry firm, Corvell Shipping, cut 200 jobs. "We had no choice," it said.',
    ],
  ])('names the firm after %s', (_shape, body) => {
    expect(speakerOf(body)).toBe('Corvell Shipping');
  });

  it('control: a run a given name opens is a person, no "it"', () => {
    expect(speakerOf('Maria Weaving opened the show on Monday. "We had no choice," it said.')).toBeNull();
  });

  it('control: a trade-word run the copy uses as a person\'s name is no "it"', () => {
    expect(
      speakerOf('Corvell Shipping, who chairs the board, spoke on Monday. He left early. "We had no choice," it said.'),
    ).toBeNull();
  });

  // Review 60, R60-5: the firm behind a nameless subject, or the object of a preposition, is not what "it" takes up.
  it.each([
    'A survey paid for by Corvell Shipping found the harbour silting fast. "The channel is half its depth," it said.',
    'An independent report commissioned by Corvell Shipping found dust on 40 days. "The limit was broken," it said.',
  ])('control: %s', (body) => {
    expect(speakerOf(body)).toBeNull();
  });
});
