import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { contentTerms } from '../../src/core/tokenize-words';
import { firstCited } from '../support/count-answers';

/**
 * Review s50 B-r50-11: a question typed on a keyboard spells "O'Hare" with the straight apostrophe; copy set by a
 * newsroom spells it "O’Hare". The term matcher keyed the two apart, so "Who is O'Hare?" matched only the lines that
 * happened to use the straight mark and cited a bare quote, not the sentence giving the role. Copy written for the test.
 */
const mixed = analyzeArticle(`Library hours to be cut

Head librarian Fiona O’Hare told the council on Tuesday that the reading rooms would close at five from March.

"We have no staff for the evenings," O'Hare said.

The council will review the budget in the autumn.
`);
const role =
  'Head librarian Fiona O’Hare told the council on Tuesday that the reading rooms would close at five from March.';

describe('an apostrophe typed the other way in a question', () => {
  it('"Who is O\'Hare?" (straight) over copy spelling O’Hare cites the role sentence', () => {
    expect(firstCited(mixed, "Who is O'Hare?")).toBe(role);
  });

  it('folds the curly, opening and straight marks to one term', () => {
    expect(contentTerms('O’Hare')).toEqual(contentTerms("O'Hare"));
    expect(contentTerms('O‘Hare')).toEqual(contentTerms("O'Hare"));
  });

  it("control: the question with the copy's own mark cites the same sentence", () => {
    expect(firstCited(mixed, 'Who is O’Hare?')).toBe(role);
  });
});
