import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const listed = (copy: string) =>
  whoIsWho(analyzeArticle(copy, { title: 'Talks in Brussels' })).people.map((p) => p.name);

/**
 * Issue 13: a person named twice whose given name is in no list ("Piet", "Zorek") was listed only when quoted; a
 * relative "who" after the surname written alone says a person, as a title or kin after it already did.
 */
describe('who is who: "Surname, who …" makes a person of an unlisted given name', () => {
  it('"The board met Piet Kuiper … Kuiper, who chairs the fund, left" lists Piet Kuiper', () => {
    expect(
      listed('The board met Piet Kuiper on Monday. Later, Kuiper, who chairs the fund, left for Brussels.'),
    ).toContain('Piet Kuiper');
    expect(listed('The board met Zorek Tevfa on Monday. Tevfa, who chairs the fund, left for Brussels.')).toContain(
      'Zorek Tevfa',
    );
  });

  it('controls: "which" after the surname, or no relative at all, lists no one', () => {
    expect(listed('The board met Piet Kuiper on Monday. Later, Kuiper left for Brussels.')).toEqual([]);
    expect(listed('The board visited Harwick Kuiper on Monday. Later, Kuiper, which makes pumps, closed.')).toEqual([]);
  });
});
