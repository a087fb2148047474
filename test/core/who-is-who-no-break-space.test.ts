import { describe, expect, it } from 'vitest';
import { storyPeople as people } from '../support/story-people';

const NBSP = '\u00a0';

/**
 * Issue 13: a house style that sets a no-break space (U+00A0) after a title ("Sens. Mike Crapo") gets the same
 * who-is-who roles as one that sets a plain space, and no listed name or role prints the odd space.
 */
describe('who is who: a no-break space after a title', () => {
  it('"Idaho Republican Sens.\\u00a0A and B" gives both the office, as with a plain space', () => {
    const paragraphs = (space: string) => [
      'The measure split the Idaho Republican delegation on Wednesday.',
      `Idaho Republican Sens.${space}Ada Brookfield and Owen Tatum opposed it.`,
      '"It is a giveaway to the largest growers," Brookfield said. Tatum said he would vote against it.',
    ];
    const expected = expect.arrayContaining([
      { name: 'Ada Brookfield', role: 'Idaho Republican Senator' },
      { name: 'Owen Tatum', role: 'Idaho Republican Senator' },
    ]);
    expect(people('Farm bill stalls', paragraphs(NBSP))).toEqual(expected);
    // Control: the plain space, read so before the change too.
    expect(people('Farm bill stalls', paragraphs(' '))).toEqual(expected);
  });

  it('"Gov.\\u00a0Lena Marsh" is the governor, and a role written with the space prints a plain one', () => {
    const listed = people('Governor signs budget', [
      `Gov.${NBSP}Lena Marsh signed the budget on Friday after a long standoff with lawmakers.`,
      '"This is a budget for working families," Marsh said.',
      `Tom Ridley, the state${NBSP}treasurer, said the numbers did not add up.`,
      '"We will be back here in six months," Ridley said.',
    ]);
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Lena Marsh', role: 'Governor' },
        { name: 'Tom Ridley', role: 'state treasurer' },
      ]),
    );
    expect(listed.filter((p) => `${p.name} ${p.role}`.includes(NBSP))).toEqual([]);
  });

  it('control: a name with no title and no such space keeps no role', () => {
    expect(
      people('Farm bill stalls', [
        'Ada Brookfield opposed the measure on Wednesday.',
        '"It is a giveaway to the largest growers," Brookfield said.',
      ]),
    ).toEqual([{ name: 'Ada Brookfield', role: null }]);
  });
});
