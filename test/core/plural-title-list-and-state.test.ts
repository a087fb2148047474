import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const people = (paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['The harbour board met on Tuesday.', ...paragraphs].join('\n\n'), { title: 'Budget' }))
    .people;

/**
 * Review s41 B-r41-11's rest and the closing note's "New York Senators": every name a qualified title plural opens
 * gets the office (the second name's role was the list's first name, "Deputy Mayors Mira Quist"), the modifier opening
 * the sentence is kept, and a state named in two words (or "Washington") qualifies the office unless the copy names a
 * team by it ("the Washington Senators" with no name after).
 */
describe('who is who: the names a qualified title plural opens, and a state before it', () => {
  it('"Deputy Mayors A and B" and "A, B and C": each "Deputy Mayor", no role holding another name', () => {
    for (const list of ['Mira Quist and Tomas Hale', 'Mira Quist, Tomas Hale and Ivo Brandt']) {
      const listed = people([
        `Deputy Mayors ${list} met the board, and Quist said the budget would balance by 2029.`,
        'Hale said he agreed. Brandt said nothing would change.',
      ]);
      expect(listed).toEqual(
        expect.arrayContaining([
          { name: 'Mira Quist', role: 'Deputy Mayor' },
          { name: 'Tomas Hale', role: 'Deputy Mayor' },
        ]),
      );
    }
  });

  it('"Attorneys General A and B": the second name gets no role rather than "Attorneys General Mira Quist"', () => {
    const listed = people([
      'Attorneys General Mira Quist and Tomas Hale sued the firm, and Quist said the case was strong.',
      'Hale said he agreed.',
    ]);
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Mira Quist', role: 'Attorney General' },
        { name: 'Tomas Hale', role: null },
      ]),
    );
  });

  it('"New York Senators", "Washington Senators": a state is an office, for both names', () => {
    for (const [opening, office] of [
      ['New York Senators', 'New York Senator'],
      ['Washington Senators', 'Senator'],
    ]) {
      const listed = people([
        `${opening} Mira Quist and Tomas Hale opposed the bill, and Quist said it was unfair.`,
        'Hale said he agreed.',
      ]);
      expect(listed).toEqual(
        expect.arrayContaining([
          { name: 'Mira Quist', role: office },
          { name: 'Tomas Hale', role: office },
        ]),
      );
    }
  });

  it('controls: a city is a team, and "the Washington Senators" named as a team keeps its players untitled', () => {
    const city = people([
      'Ottawa Senators Mira Quist and Tomas Hale scored, and Quist said the team was strong.',
      'Hale said he agreed.',
    ]);
    expect(city.map((p) => p.role)).toEqual([null, null]);
    const team = people([
      'Washington Senators Mira Quist and Tomas Hale scored, and Quist said the team was strong.',
      'Hale said the Washington Senators would win the pennant.',
    ]);
    expect(team.map((p) => p.role)).toEqual([null, null]);
    // A modifier that is no office's ("Recall") opening the sentence is still not read into the office.
    expect(people(['Recall Sens. Mira Quist and Tomas Hale opposed the bill, and Quist said it was unfair.'])).toEqual(
      expect.arrayContaining([{ name: 'Mira Quist', role: 'Senator' }]),
    );
  });
});
