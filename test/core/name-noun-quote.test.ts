import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quotes = (body: string): Array<[string, string | null]> =>
  analyzeArticle(`Headline\n\n${body}`).quotes.map((q) => [q.text, q.speaker]);

// Issue 11, quote precision: a quotation right after a noun for a name is that name, not words anyone said, however
// US style closes it (PolNeAR: "under the pseudonym "Carlos Danger,"", "with the nickname "Lyin' Ted."").
describe('a name after a noun for a name (name-noun-before.ts)', () => {
  it('reads it as a name, not a quote, with its comma or stop inside the marks', () => {
    expect(
      quotes(
        'Tom Reyes, a city councilman, wrote under the pseudonym "Captain Harbor," but the account was soon traced to him.',
      ),
    ).toEqual([]);
    expect(
      quotes('Mayor Dana Ortiz answered in kind, saddling her rival Sam Pell with the nickname "Sleepy Sam."'),
    ).toEqual([]);
  });

  it('keeps words said after such a noun when a comma or colon sets them apart', () => {
    expect(
      quotes('Reyes explained the nickname: "My sister gave it to me when I was six years old and it stuck."'),
    ).toEqual([['My sister gave it to me when I was six years old and it stuck.', 'Reyes']]);
    expect(
      quotes('Tom Reyes, a city councilman, defended his pen name. "Nobody reads a column by Tom," Reyes said.'),
    ).toEqual([['Nobody reads a column by Tom,', 'Tom Reyes']]);
  });

  it("keeps a clause after such a noun when its speaker's tag follows the mark", () => {
    expect(quotes('The bakery\'s owner defended the brand "We bake it all here," Rosa Vint said on Friday.')).toEqual([
      ['We bake it all here,', 'Rosa Vint'],
    ]);
  });

  it('still reads a short name as the name when a tag follows (control)', () => {
    expect(quotes('Pell has carried the nickname "Sleepy Sam," Ortiz said on Friday.')).toEqual([]);
  });
});
