import { describe, expect, it } from 'vitest';
import { storyPeople as people } from '../support/story-people';

/** Issue 13: a role's plural opening a list of two names ("Govs. X and Y", "Actors Varga and Lund"). */
describe('who is who: a list a role plural opens', () => {
  it('US style: "Govs. Ralph Okafor and Dana Whitcombe" gives each "Governor"', () => {
    const listed = people('Governors sue over grant cuts', [
      'Govs. Ralph Okafor and Dana Whitcombe filed the suit on Monday.',
      '"It is unfair to our states," Okafor said.',
      '"We will win in court," Whitcombe said.',
    ]);
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Ralph Okafor', role: 'Governor' },
        { name: 'Dana Whitcombe', role: 'Governor' },
      ]),
    );
  });

  it('British style: "Actors Varga and Lund said" lists both surnames, not "Actors Varga"', () => {
    const names = people('Festival faces boycott', [
      'Actors Varga and Lund said on Friday that they would not attend the festival.',
      "'We cannot support it,' Varga said.",
      "'Nor can I,' Lund said.",
    ]).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Varga', 'Lund']));
    expect(names).not.toContain('Actors Varga');
  });

  it('controls: a list with no plural title gives no office; a body a plural opens is no person', () => {
    const listed = people('Council vote', [
      'Ralph Okafor and Dana Whitcombe voted against the plan on Monday.',
      '"It is unfair," Okafor said.',
      '"We will appeal," Whitcombe said.',
    ]);
    expect(listed.map((p) => p.role)).toEqual([null, null]);
    const body = people('Aid groups warn', [
      'Doctors Without Borders said the clinic had been shelled twice.',
      '"Patients were inside," Doctors Without Borders said.',
    ]).map((p) => p.name);
    expect(body).not.toContain('Without Borders');
    expect(body).not.toContain('Borders');
  });
});
