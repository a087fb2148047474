import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 58 (fix58c), audit 59 B-a59-20: a role set off by commas before the name, owned by a body of several
 * capitalised words ("Westvale Rail's managing director, X,"), names that body. Copy written for the tests.
 */
const people = (...ps: string[]) =>
  whoIsWho(analyzeArticle(['Depot shut', 'The depot closed.', ...ps].join('\n\n'))).people;

describe('who is who: a named owner of several words before a role and a comma', () => {
  it('keeps the whole owner in the role', () => {
    expect(
      people(
        "Harlow Bus Company's operations director, Karen Doyle, said the staff were told late.",
        '"It was a shock," Doyle said.',
      ),
    ).toEqual([{ name: 'Karen Doyle', role: "Harlow Bus Company's operations director" }]);
  });

  it('leaves a sentence opener out of the owner', () => {
    expect(
      people(
        "But Unison's regional secretary, Karen Doyle, said the staff were told late.",
        '"It was a shock," Doyle said.',
      ),
    ).toEqual([{ name: 'Karen Doyle', role: "Unison's regional secretary" }]);
  });

  it('reads "Its" as a body the sentence before names by its acronym alone', () => {
    expect(
      people(
        'The GMB said the depot had been losing money for years.',
        'Its head of transport, Karen Doyle, said: "The staff were told late."',
      ),
    ).toEqual([{ name: 'Karen Doyle', role: 'head of transport of the GMB' }]);
  });
});
