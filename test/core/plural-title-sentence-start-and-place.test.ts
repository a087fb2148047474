import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const analyze = (paragraphs: string[]) =>
  analyzeArticle(['The harbour board met on Tuesday to discuss the ferry levy.', ...paragraphs].join('\n\n'), {
    title: 'Levy talks',
  });
const people = (paragraphs: string[]) => whoIsWho(analyze(paragraphs)).people;

/**
 * Review s42 B-r42-7 and B-r42-17. A portfolio plural opening a sentence ("Finance Ministers A and B met") gave
 * "Minister": the sentence's capital was read as the start, not as the office's word. "A of Sweden and B of the
 * Netherlands" was one capitalised run read as one name ("Netherlands"), so the second person left who is who.
 */
describe('who is who: a portfolio plural opening a sentence, and a list of people each "of" a place', () => {
  it('"Finance Ministers A and B" and "Health Secretaries A and B" opening a sentence keep the portfolio', () => {
    for (const [plural, office] of [
      ['Finance Ministers', 'Finance Minister'],
      ['Health Secretaries', 'Health Secretary'],
    ]) {
      const listed = people([
        `${plural} Mira Quist and Tomas Hale met in Lisbon on Monday. "We agreed," Quist said.`,
        'Hale said the talks were hard.',
      ]);
      expect(listed).toEqual(
        expect.arrayContaining([
          { name: 'Mira Quist', role: office },
          { name: 'Tomas Hale', role: office },
        ]),
      );
    }
  });

  it('"Mira Quist of Norway and Tomas Hale of Portugal": both people are listed, the quote is the full name\'s', () => {
    for (const opener of ['Finance Ministers ', 'On Monday, ', '']) {
      const analysis = analyze([
        `${opener}Mira Quist of Norway and Tomas Hale of Portugal met in Lisbon. "We agreed," Quist said.`,
        'Hale said the talks were hard.',
      ]);
      const names = whoIsWho(analysis).people.map((p) => p.name);
      expect(names).toEqual(expect.arrayContaining(['Mira Quist', 'Tomas Hale']));
      expect(analysis.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Mira Quist', 'Tomas Hale']));
      expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Mira Quist']);
    }
  });

  it('a singular title before "A of Norway and B" is A\'s alone: B is listed with no office', () => {
    const listed = people([
      'Finance Minister Mira Quist of Norway and Tomas Hale met in Lisbon on Monday. "We agreed," Quist said.',
      'Hale said the talks were hard.',
    ]);
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Mira Quist', role: 'Finance Minister' },
        { name: 'Tomas Hale', role: null },
      ]),
    );
  });

  it('control: a body "of" a place before "and" keeps its run (no person\'s name stands before its "of")', () => {
    const body = analyze(['The Bank of Norway and Tomas Hale signed the levy deal in Lisbon on Monday.']);
    expect(body.entities.map((e) => e.name)).toEqual(['Tomas Hale']);
  });
});
