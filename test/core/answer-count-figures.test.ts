import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { countableText } from '../../src/core/count-figures';
import { firstCited } from '../support/count-answers';

// Review s41 B-r41-10: "how many people use the ferry?" was answered by "… a £48m ferry contract …": any figure made
// the sentence carry a count. A sum of money counts no one; it still answers "how much". Composed copy.
const ferry = analyzeArticle(`Island ferry deal delayed

By Tom Reed

Kelby council has delayed its vote on a £30m ferry contract for the island route, its leader said on Monday.

Residents say the boats are often late in winter, and the operator has promised new ones.

The vote is now expected in the spring.
`);

describe('a sum of money is no count', () => {
  it('"how many people use the ferry?" is not answered by "a £30m ferry contract"', () => {
    expect(firstCited(ferry, 'how many people use the ferry?')).toBe("doesn't say");
  });

  it('sums go from the text a count is read in; plain figures stay', () => {
    expect(
      countableText('A £30m deal, $5 million in fees and a handful of $20s for 40 staff.', 'how many staff?'),
    ).not.toMatch(/30|5 million|20s/);
    expect(countableText('A £30m deal for 40 staff.', 'how many staff?')).toContain('40 staff');
  });

  // Review s43 B-r43-1: "2m people" lost its count to the sum pattern; a figure is a sum only by a currency sign or word.
  it('a count in millions with no currency is a count; a sum written in words is a sum', () => {
    expect(countableText('About 2m people used the ferry, up from 1.6m.', 'how many people?')).toContain('2m people');
    expect(countableText('It cost 2m pounds and 300 dollars.', 'how many people?')).not.toMatch(/2m|300/);
    const island = analyzeArticle(`Island ferry carries record numbers

By Tom Reed

About 2m people used the ferry in 2025, up from 1.6m the year before, its operator said.

The council's £30m contract with the operator runs until 2030.
`);
    expect(firstCited(island, 'how many people used the ferry?')).toMatch(/^About 2m people used the ferry/);
  });

  // Review s44 B-r44-3: "how many dollars …?" and "how many pounds of cod …?" count the unit itself.
  it("a question counting a currency word's unit keeps the sums", () => {
    const harbour = analyzeArticle(`Harbour landings fall

By Tom Reed

Boats from Dunmore harbour landed 3,000 pounds of cod last week, down from 9,000 pounds a year earlier, the harbour
master said.

The council paid 20,000 dollars for a new weighing station at the quay.
`);
    expect(firstCited(harbour, 'how many dollars did the council pay?')).toMatch(/^The council paid 20,000 dollars/);
    expect(firstCited(harbour, 'how many pounds of cod did the boats land?')).toMatch(/^Boats from Dunmore harbour/);
    // Control: a count of people is still not read in a sum.
    expect(firstCited(harbour, 'how many people work at the weighing station?')).toBe("doesn't say");
  });

  it('control: the sum still answers "how much"', () => {
    expect(firstCited(ferry, 'how much is the ferry contract worth?')).toBe(
      'Kelby council has delayed its vote on a £30m ferry contract for the island route, its leader said on Monday.',
    );
  });
});
