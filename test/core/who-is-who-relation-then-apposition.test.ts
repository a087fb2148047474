import { describe, expect, it } from 'vitest';
import { storyPeople as people } from '../support/story-people';

/**
 * Issue 13: "rival" before a name relates the person to no one named, so it is no role; the apposition the copy sets
 * after the same name ("one-time rival Jeb Barr, a former Florida governor,") says who the person is and is the role.
 */
describe('who is who: a lone relation before a name, then its apposition', () => {
  it('US style: "one-time rival Jeb Barr, a former Florida governor," gives the apposition', () => {
    expect(
      people('Donors switch sides', [
        'Donors flocked to one-time rival Jeb Barr, a former Florida governor, after the vote. A group backing Barr raised $10 million.',
        '"We are not done," Barr said.',
      ]),
    ).toEqual([{ name: 'Jeb Barr', role: 'former Florida governor' }]);
  });

  it('British style: "her Tory rival Tom Hale, a former Bath councillor," gives the apposition', () => {
    expect(
      people('Count goes to a recount', [
        'Ms Pryce beat her Tory rival Tom Hale, a former Bath councillor, by 400 votes.',
        '"It was a long night," Hale said. Hale thanked his agent.',
      ]),
    ).toEqual(expect.arrayContaining([{ name: 'Tom Hale', role: 'former Bath councillor' }]));
  });

  it('controls: the relation alone stays no role; a possessed rival and a plain apposition keep theirs', () => {
    const quoted = '"We are not done," Barr said.';
    expect(
      people('Donors switch sides', [
        'Donors flocked to rival Jeb Barr after the vote. Barr raised $10 million.',
        quoted,
      ]),
    ).toEqual([{ name: 'Jeb Barr', role: null }]);
    expect(
      people('Donors switch sides', [
        "Donors flocked to Trump's rival Jeb Barr, a former Florida governor, after the vote. Barr raised $10 million.",
        quoted,
      ]),
    ).toEqual([{ name: 'Jeb Barr', role: "Trump's rival" }]);
    expect(
      people('Donors switch sides', [
        'Donors flocked to Jeb Barr, a former Florida governor, after the vote. Barr raised $10 million.',
        quoted,
      ]),
    ).toEqual([{ name: 'Jeb Barr', role: 'former Florida governor' }]);
  });
});
