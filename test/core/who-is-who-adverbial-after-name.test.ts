import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const people = (title: string, text: string) => whoIsWho(analyzeArticle(text, { title })).people;

/**
 * Issue 13: a clause after the full name's comma that opens on a preposition or a conjunction ("Name, after …,",
 * "Name, speaking in Leeds,") tells when or how, not who; it does not keep the role the copy gives the surname later
 * ("Mr. Velez, the Florida senator,") from being that person's.
 */
describe('who is who: an adverbial clause after the name is no apposition', () => {
  it('US style: "Marco Velez, after pushing out a video, …; Mr. Velez, the Florida senator," gives the senator', () => {
    expect(
      people(
        'Race tightens',
        'And Marco Velez, after pushing out a new video about the border, revamped his plans for a speech. Rivals jockeyed for position. Mr. Velez, the Florida senator, expected the session with business leaders to go well.',
      ),
    ).toEqual([{ name: 'Marco Velez', role: 'Florida senator' }]);
  });

  it('British style: "Ann Pryce, speaking in Leeds, …; Ms Pryce, the shadow transport secretary," gives the post', () => {
    expect(
      people(
        'Fares pledge',
        'Ann Pryce, speaking in Leeds on Monday, promised to cut rail fares. Unions welcomed the pledge. Ms Pryce, the shadow transport secretary, said the cost would be met by a new levy.',
      ),
    ).toEqual([{ name: 'Ann Pryce', role: 'shadow transport secretary' }]);
  });

  it('control: an apposition beside the full name stays the role', () => {
    expect(
      people(
        'Race tightens',
        'Marco Velez, a former Miami mayor, revamped his plans for a speech. Rivals jockeyed for position. Mr. Velez, the Florida senator, expected the session with business leaders to go well.',
      ),
    ).toEqual([{ name: 'Marco Velez', role: 'former Miami mayor' }]);
  });
});
