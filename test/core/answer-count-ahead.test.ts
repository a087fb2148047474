import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// Review s45 B-r45-11: "how many buses were bought?" cited "the fund would pay for ten more buses" (a count of an act
// still ahead) over "spent £4m on 12 electric buses". A count after a modal of the future does not count a done act.
// Composed copy.
const depot = analyzeArticle(`Tram depot reopens

By Tom Reed

Dunmore Council spent £3m on eight new trams last year and hired 20 drivers, the council said.

The depot's manager, Rosa Quint, said the regional fund would pay for six more trams next year.

Riders said the new seats were more comfortable.
`);

describe('a count of an act ahead does not answer how many were', () => {
  it('"how many trams were bought?" cites the done purchase', () => {
    expect(firstCited(depot, 'how many trams were bought?')).toMatch(/^Dunmore Council spent £3m/);
  });

  it('control: "how many trams will the fund pay for?" still cites the act ahead', () => {
    expect(firstCited(depot, 'how many trams will the fund pay for?')).toMatch(/^The depot's manager/);
  });
});
