import { describe, expect, it } from 'vitest';
import { DETERMINER_SOURCE, DETERMINERS, isDeterminer } from '../../src/core/determiners';
import { titledNameBetween } from '../../src/core/titled-name-between';

/** Session 48 tidy48: one determiner list for the readers that had each written their own. */
describe('determiners', () => {
  const words = ['the', 'An', 'THOSE', 'their', 'your', 'then', 'there', 'thee', 'each', 'its', "it's", ''];

  it('isDeterminer reads any case; the set itself is lower case', () => {
    expect(words.filter(isDeterminer)).toEqual(['the', 'An', 'THOSE', 'their', 'your', 'its']);
    expect(DETERMINERS.has('The')).toBe(false);
    expect(DETERMINERS.has('the')).toBe(true);
  });

  it('the regex source embeds the same words, whole words only', () => {
    const anchored = new RegExp(`^(?:${DETERMINER_SOURCE})$`, 'i');
    expect(words.filter((w) => anchored.test(w))).toEqual(words.filter(isDeterminer));
  });

  it('a titled name stops at a lower-case determiner, not at a role word (control)', () => {
    expect(titledNameBetween(' told the aide ')).toBe(false);
    expect(titledNameBetween(' campaign spokesman ')).toBe(true);
  });
});
