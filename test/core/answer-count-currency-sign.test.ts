import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { askedCurrencySign } from '../../src/core/count-figures';
import { firstCited } from '../support/count-answers';

// Review s45 B-r45-11: "how many pounds did the council spend?" said "the article doesn't say" over "spent £3m": a sum
// written with its currency's sign counts that currency as "3m pounds" would. Composed copy.
const depot = analyzeArticle(`Tram depot reopens

By Tom Reed

Dunmore Council spent £3m on eight new trams last year and hired 20 drivers, the council said.

The trams run every ten minutes on the harbour line.

Riders said the new seats were more comfortable.
`);

describe('a sum written with a currency sign counts that currency', () => {
  it('"how many pounds …?" is answered by the £ sum', () => {
    expect(firstCited(depot, 'how many pounds did the council spend?')).toMatch(/^Dunmore Council spent £3m/);
  });

  it('controls: another currency, a weight and a plain count do not change', () => {
    expect(firstCited(depot, 'how many dollars did the council spend?')).toBe("doesn't say");
    expect(firstCited(depot, 'how many drivers were hired?')).toMatch(/^Dunmore Council spent £3m/);
    expect(askedCurrencySign('how many pounds of cod did the boats land?')).toBeUndefined();
    expect(askedCurrencySign('how many euros did it cost?')).toBe('€');
  });
});
