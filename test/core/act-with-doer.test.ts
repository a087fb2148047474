import { describe, expect, it } from 'vitest';
import { actWithDoer } from '../../src/core/act-with-doer';

describe('actWithDoer', () => {
  it('reads the act as a verb with its doer: active, in a relative clause, or passive with "by"', () => {
    expect(actWithDoer('the hillside, which the group leased from an estate', 'leas')).toBe(true);
    expect(actWithDoer('The trust has sold the barn to a neighbour', 'sell')).toBe(true);
    expect(actWithDoer('the barn, which was quietly sold by the trust last year', 'sell')).toBe(true);
  });

  it('not a passive with no doer, the act named as a thing, or a first word with nothing before it', () => {
    expect(actWithDoer('the hillside, which was leased in 2019', 'leas')).toBe(false);
    expect(actWithDoer('the barn, which was quietly sold last year', 'sell')).toBe(false);
    expect(actWithDoer('the lease of the hillside ran out', 'leas')).toBe(false);
    expect(actWithDoer('Leased in 2019, the hillside lies empty', 'leas')).toBe(false);
  });
});
