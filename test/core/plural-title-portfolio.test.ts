import { describe, expect, it } from 'vitest';
import { storyPeople as people } from '../support/story-people';

/**
 * Session 40 left: a title's plural after its portfolio ("Finance Ministers A and B") gave no office, since only
 * "Foreign" was read as an office modifier; a portfolio is what a department is of (`DEPARTMENTS`), no city's name.
 */
describe('who is who: a title plural after a portfolio is an office', () => {
  it('"Finance Ministers Ruth Okonkwo and Carl Brandvik" and "Health Secretaries …" give each the office', () => {
    for (const [portfolio, office] of [
      ['Finance Ministers', 'Finance Minister'],
      ['Health Secretaries', 'Health Secretary'],
    ]) {
      const listed = people('Budget talks', [
        'The budget talks in Lagos ran late into the night on Tuesday.',
        `The accord was signed after midnight by ${portfolio} Ruth Okonkwo and Carl Brandvik.`,
        '"It was hard won," Okonkwo said.',
        'Brandvik said he would put it to parliament next week.',
      ]);
      expect(listed).toEqual(
        expect.arrayContaining([
          { name: 'Ruth Okonkwo', role: office },
          { name: 'Carl Brandvik', role: office },
        ]),
      );
    }
  });

  it('control: a city before the plural is still a team, no office', () => {
    const listed = people('Hockey news in brief', [
      'The goals came late from Harwick Generals Tomas Brevik and Olly Santer as Harwick beat Dunmore 4-2.',
      '"We found our legs late," Brevik said after the game.',
      'Santer, 36, has now scored 11 goals this season.',
    ]);
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Tomas Brevik', role: null },
        { name: 'Olly Santer', role: null },
      ]),
    );
  });
});
