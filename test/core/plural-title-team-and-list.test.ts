import { describe, expect, it } from 'vitest';
import { whoIsWho } from '../../src/core/who-is-who';
import { storyAnalysis as analyse, storyPeople as people } from '../support/story-people';

/**
 * Review s39 B-r39-5: a city before a title's plural written out is a sports team ("Ottawa Senators"), no office;
 * B-r39-6: a title's plural before a comma list of three gives the office to every listed name, not to the first.
 */
describe('who is who: a team before a title plural, and a list of three after one', () => {
  it('"Harwick Generals Tomas Brevik and Olly Santer scored": players, no office ("former" before the city too)', () => {
    for (const team of ['Harwick Generals', 'Former Harwick Generals']) {
      const listed = people('Hockey news in brief', [
        `${team} Tomas Brevik and Olly Santer scored in the third period as Harwick beat Dunmore 4-2 on Saturday.`,
        '"We found our legs late," Brevik said after the game. "The crowd carried us."',
        'Santer, 36, has now scored 11 goals this season, the most on the team.',
      ]);
      expect(listed).toEqual(
        expect.arrayContaining([
          { name: 'Tomas Brevik', role: null },
          { name: 'Olly Santer', role: null },
        ]),
      );
    }
  });

  it('"Idaho Senators", "State Senators", "County Commissioners": a state or a level of government is an office', () => {
    // Review s41 B-r41-3: a US state ("Idaho", "Ohio") or the level of government ("State", "County", "City") before a
    // title's plural qualifies the office; no team is named so. (Session 41 had locked in "Idaho Senators" as a team.)
    // Session 42: the qualifier opening the sentence is kept (it qualifies only offices), so the role is whole.
    for (const [opening, office] of [
      ['Idaho Senators', 'Idaho Senator'],
      ['State Senators', 'State Senator'],
      ['County Commissioners', 'County Commissioner'],
      ['Ohio Governors', 'Ohio Governor'],
    ]) {
      const listed = people('Farm bill stalls', [
        'The farm bill split the delegation on Wednesday.',
        `${opening} Ada Brookfield and Owen Tatum opposed it.`,
        '"It is a giveaway to the largest growers," Brookfield said.',
        'Tatum said he would vote against it.',
      ]);
      expect(listed).toEqual(
        expect.arrayContaining([
          { name: 'Ada Brookfield', role: office },
          { name: 'Owen Tatum', role: office },
        ]),
      );
    }
  });

  it('controls: a party, a nation or an abbreviated plural before it keeps the office', () => {
    const statement = (opening: string) => [
      'The farm bill split the Idaho delegation on Wednesday.',
      `${opening} Ada Brookfield and Owen Tatum opposed it.`,
      '"It is a giveaway to the largest growers," Brookfield said.',
      'Tatum said he would vote against it.',
    ];
    expect(people('Farm bill stalls', statement('Idaho Republican Senators'))).toEqual(
      expect.arrayContaining([
        { name: 'Ada Brookfield', role: 'Idaho Republican Senator' },
        { name: 'Owen Tatum', role: 'Idaho Republican Senator' },
      ]),
    );
    expect(people('Farm bill stalls', statement('Idaho Sens.'))).toEqual(
      expect.arrayContaining([{ name: 'Owen Tatum', role: 'Idaho Senator' }]),
    );
    // "U.S." opens the sentence and is written nowhere inside one: the office alone (as before this change).
    expect(people('Farm bill stalls', statement('U.S. Senators'))).toEqual(
      expect.arrayContaining([{ name: 'Owen Tatum', role: 'Senator' }]),
    );
  });

  it('"Former Foreign Ministers Ruth Okonkwo, Carl Brandvik and Ana Ruiz": each listed minister has the office', () => {
    const analysis = analyse('Diplomacy news in brief', [
      'Former Foreign Ministers Ruth Okonkwo, Carl Brandvik and Ana Ruiz signed an open letter on Tuesday calling for talks.',
      '"Silence is not a policy," Okonkwo said at the launch in Oslo.',
      'Brandvik said the letter had been sent to every government in the region. Ruiz said she had signed it gladly.',
    ]);
    expect(whoIsWho(analysis).people).toEqual([
      { name: 'Ruth Okonkwo', role: 'Former Foreign Minister' },
      { name: 'Carl Brandvik', role: 'Former Foreign Minister' },
      { name: 'Ana Ruiz', role: 'Former Foreign Minister' },
    ]);
    expect(analysis.entities.map((e) => e.name)).toContain('Ruth Okonkwo');
  });

  it('control: a comma list no title opens gives no office, and a list of two keeps its reading', () => {
    expect(
      people('Diplomacy news in brief', [
        'On Tuesday Ruth Okonkwo, Carl Brandvik and Ana Ruiz signed an open letter calling for talks.',
        '"Silence is not a policy," Okonkwo said. Brandvik said it had been sent to every government. Ruiz agreed.',
      ]).map((p) => p.role),
    ).toEqual([null, null, null]);
    expect(
      people('Diplomacy news in brief', [
        'Former Foreign Ministers Ruth Okonkwo and Carl Brandvik signed an open letter on Tuesday calling for talks.',
        '"Silence is not a policy," Okonkwo said. Brandvik said it had been sent to every government.',
      ]),
    ).toEqual([
      { name: 'Ruth Okonkwo', role: 'Former Foreign Minister' },
      { name: 'Carl Brandvik', role: 'Former Foreign Minister' },
    ]);
  });
});
