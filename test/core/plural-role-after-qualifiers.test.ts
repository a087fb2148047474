import { describe, expect, it } from 'vitest';
import { whoIsWho } from '../../src/core/who-is-who';
import { storyAnalysis as analyse, storyPeople as people } from '../support/story-people';

/**
 * Issue 13: a title's plural after the words that qualify it ("Foreign Ministers", "Idaho Republican Sens.") opening
 * a list of two names is each person's office; the plural and its qualifiers are no part of the first name.
 */
describe('who is who: a qualified title plural before two names', () => {
  it('wire style: "Foreign Ministers Ruth Okonkwo and Carl Brandvik" lists both ministers, no "Foreign Ministers" name', () => {
    const analysis = analyse('Talks end without a deal', [
      'Foreign Ministers Ruth Okonkwo and Carl Brandvik met in Geneva on Monday to discuss the border dispute.',
      '"We have made progress," Okonkwo told reporters. Brandvik said the talks would continue next month.',
      'Officials said a further meeting was planned, and Okonkwo said the sanctions were unfair.',
    ]);
    const listed = whoIsWho(analysis).people;
    expect(listed).toEqual(
      expect.arrayContaining([
        // Session 42: "Foreign" opening the sentence qualifies only offices, so it is kept (the role whole).
        { name: 'Ruth Okonkwo', role: 'Foreign Minister' },
        { name: 'Carl Brandvik', role: 'Foreign Minister' },
      ]),
    );
    expect(listed.map((p) => p.name).filter((n) => n.includes('Ministers'))).toEqual([]);
    expect(analysis.entities.map((e) => e.name)).not.toContain('Foreign Ministers Ruth Okonkwo');
  });

  it('a given name in no list after the plural is still the first person ("Foreign Ministers Amadi Okonkwo")', () => {
    const listed = people('Talks end without a deal', [
      'Foreign Ministers Amadi Okonkwo and Lars Brandvik met in Geneva on Monday to discuss the border dispute.',
      '"We have made progress," Okonkwo told reporters. Brandvik said the talks would continue next month.',
    ]);
    expect(listed).toEqual(expect.arrayContaining([{ name: 'Amadi Okonkwo', role: 'Foreign Minister' }]));
    expect(listed.map((p) => p.name)).not.toContain('Foreign Ministers Amadi Okonkwo');
  });

  it('US style: the qualifiers the copy also writes inside a sentence stay with the office, for both senators', () => {
    const listed = people('Farm bill stalls in committee', [
      'The measure split the Idaho Republican delegation on Wednesday.',
      'Idaho Republican Sens. Ada Brookfield and Owen Tatum opposed it.',
      '"It is a giveaway to the largest growers," Brookfield said. Tatum said he would vote against it.',
    ]);
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Ada Brookfield', role: 'Idaho Republican Senator' },
        { name: 'Owen Tatum', role: 'Idaho Republican Senator' },
      ]),
    );
  });

  it('controls: an unqualified plural, a single office, and a role noun that is no title keep their readings', () => {
    expect(
      people('Talks end', [
        'Senators Ruth Okonkwo and Carl Brandvik met in Geneva on Monday.',
        '"We have made progress," Okonkwo said. Brandvik said the talks would go on.',
      ]),
    ).toEqual(
      expect.arrayContaining([
        { name: 'Ruth Okonkwo', role: 'Senator' },
        { name: 'Carl Brandvik', role: 'Senator' },
      ]),
    );
    expect(
      people('Talks end', [
        'Foreign Minister Ruth Okonkwo met Carl Brandvik in Geneva on Monday.',
        '"We have made progress," Okonkwo said. Brandvik said the talks would go on.',
      ]),
    ).toEqual(expect.arrayContaining([{ name: 'Ruth Okonkwo', role: 'Foreign Minister' }]));
    // "hosts" is a role noun, not a title: no office for either host.
    expect(
      people('Morning show', [
        'Breakfast Show hosts Ruth Okonkwo and Carl Brandvik interviewed the mayor on Monday.',
        '"It went well," Okonkwo said. Brandvik said the mayor was evasive.',
      ]),
    ).toEqual(
      expect.arrayContaining([
        { name: 'Ruth Okonkwo', role: null },
        { name: 'Carl Brandvik', role: null },
      ]),
    );
  });
});
