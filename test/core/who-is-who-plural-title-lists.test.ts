import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const people = (paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['The harbour board met on Tuesday.', ...paragraphs].join('\n\n'), { title: 'Budget' }))
    .people;

/** Session 42's left-overs (who45, fix42e): a title's plural before a list of names, with places around it. */
describe('who is who reads the people a plural title lists', () => {
  it('lists both senators after a state written in two words with a place word ("North Carolina Senators")', () => {
    const p = people([
      'North Carolina Senators Mira Quist and Tomas Hale opposed the bill on Tuesday, and Quist said it was unfair.',
      'Hale said he agreed.',
    ]);
    expect(p).toEqual([
      { name: 'Mira Quist', role: 'North Carolina Senator' },
      { name: 'Tomas Hale', role: 'North Carolina Senator' },
    ]);
  });

  it('still reads a run with place words and no title plural as a place ("North Harwick Bay") (control)', () => {
    const p = people([
      'Lawmakers from North Harwick Bay opposed the bill on Tuesday, and North Harwick Bay voted against it.',
      '"It is unfair," said Senator Mira Quist.',
    ]);
    expect(p.map((x) => x.name)).toEqual(['Mira Quist']);
  });

  it('splits "A of Harwick and B of Dunmore" when each name has its own "of" and place, known or not', () => {
    const a = analyzeArticle(
      [
        'Deputy Mayors Anna Berg of Harwick and Piet Kuiper of Dunmore met the board on Tuesday, and Berg said the budget would balance.',
        '"We agree," Kuiper said.',
      ].join('\n\n'),
      { title: 'Budget' },
    );
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Anna Berg', 'Piet Kuiper']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Piet Kuiper']);
    expect(whoIsWho(a).people[0]).toEqual({ name: 'Anna Berg', role: 'Deputy Mayor' });
  });

  it('keeps a body\'s name with "of" before "and" whole: no person\'s name stands before its "of" (control)', () => {
    const p = people([
      'The Bank of Harwick and Anna Berg of Dunmore signed the deal on Tuesday, and Berg said the budget would balance.',
      '"We agree," Berg said.',
    ]);
    expect(p.map((x) => x.name)).toEqual(['Anna Berg']);
  });
});

/** Session 42's left-over (fix42e): the office of a title's plural reaches the second name across "of <place> and". */
describe('who is who gives the second name of "Ministers A of X and B of Y" the plural\'s office', () => {
  it('gives Piet Kuiper the office of "Finance Ministers" across "of Sweden and"', () => {
    const p = people([
      'Finance Ministers Anna Berg of Sweden and Piet Kuiper of the Netherlands met on Tuesday, and Berg said the talks went well.',
      '"We agree," Kuiper said.',
    ]);
    expect(p).toEqual([
      { name: 'Anna Berg', role: 'Finance Minister' },
      { name: 'Piet Kuiper', role: 'Finance Minister' },
    ]);
  });

  it("gives no office to a second name after a word that is no title's plural (control)", () => {
    const p = people([
      'Finance experts Anna Berg of Sweden and Piet Kuiper of the Netherlands met on Tuesday, and Berg said the talks went well.',
      '"We agree," Kuiper said.',
    ]);
    expect(p.find((x) => x.name === 'Piet Kuiper')?.role ?? null).toBeNull();
  });
});
