import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// "Who's ahead in <state>…?" and "which … is leading the poll?" ask a standing in a race (the poll sense of lead),
// and were answered by a sentence giving the standing in another state, or none at all. Composed copy.
const story = `Governor's race tightens

By Ana Cole

Marsh leads by 9 points in Vermont, according to the regional poll, and has a narrow lead in Maine.

Voters in Oregon were handed pie recipes from both campaigns at the county fair poll booth.

Pell ran the state's largest charity before entering the race.
`;
const race = analyzeArticle(story);

describe('a standing asked in a race', () => {
  it('is not answered by a standing in another state', () => {
    expect(firstCited(race, "Who's ahead in Oregon in the regional poll?")).toBe("doesn't say");
  });

  it('is not answered by a sentence giving no standing', () => {
    expect(firstCited(race, 'Which recipe is leading the fair poll?')).toBe("doesn't say");
  });

  it('control: the standing in the asked state answers', () => {
    expect(firstCited(race, "Who's ahead in Vermont in the regional poll?")).toBe(
      'Marsh leads by 9 points in Vermont, according to the regional poll, and has a narrow lead in Maine.',
    );
  });

  it('control: the asked state named in a later clause of the same sentence answers', () => {
    expect(firstCited(race, "Who's ahead in Maine?")).toBe(
      'Marsh leads by 9 points in Vermont, according to the regional poll, and has a narrow lead in Maine.',
    );
  });
});

// Review 55 B-r55-2: a capitalised "in <Place>" made any who-is-leading question a race, so "who is leading the
// inquiry in Ohio?" (who heads a body there) was declined for giving no standing. Composed copy.
const inquiry = analyzeArticle(`Dam failure inquiry opens

By Ana Cole

Inspector Ruth Vale heads the state police inquiry into the dam failure in Idaho, the agency said.

Pell leads by 4 points in Idaho, according to the state poll.
`);

describe('a place after an object that is no contest asks who heads a body', () => {
  it('"who is leading the inquiry in Idaho?" answers with the one who heads it', () => {
    expect(firstCited(inquiry, 'Who is leading the inquiry in Idaho?')).toBe(
      'Inspector Ruth Vale heads the state police inquiry into the dam failure in Idaho, the agency said.',
    );
  });

  it('control: the place alone, with no object, still asks a standing', () => {
    expect(firstCited(inquiry, "Who's leading in Idaho?")).toBe(
      'Pell leads by 4 points in Idaho, according to the state poll.',
    );
  });

  it('control: a contest object before the place still asks a standing', () => {
    expect(firstCited(inquiry, 'Who is leading the poll in Idaho?')).toBe(
      'Pell leads by 4 points in Idaho, according to the state poll.',
    );
  });
});
